package org.deepcanvas.runtime.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.deepcanvas.runtime.device.EnginePlan.Target;
import org.junit.jupiter.api.Test;

class DeviceDefaultsTest {
    @Test
    void gpusStartWithLargerBatchesAndNvidiaCardsWithLargerImages() {
        DeviceDefaults cpu = new DeviceDefaults(Target.CPU);
        DeviceDefaults cuda = new DeviceDefaults(Target.CUDA);
        DeviceDefaults mps = new DeviceDefaults(Target.MPS);

        assertThat(cpu.batchSize(50)).isEqualTo(50);
        assertThat(cuda.batchSize(50)).isEqualTo(200);
        assertThat(mps.batchSize(50)).isEqualTo(100);
        assertThat(cpu.imageSide(256)).isEqualTo(256);
        assertThat(cuda.imageSide(256)).isEqualTo(512);
        assertThat(cuda.imageSide(800)).isEqualTo(1024);
        assertThat(mps.imageSide(256)).isEqualTo(256);
    }
}
