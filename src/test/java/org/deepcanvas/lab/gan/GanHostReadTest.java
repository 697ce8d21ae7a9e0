package org.deepcanvas.lab.gan;

import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.deepcanvas.runtime.HostReadCheck;
import org.junit.jupiter.api.Test;

class GanHostReadTest {

    @Test
    void balancedDcganStepsReadNothingBackFromTheDevice() throws Exception {
        GanSettings dcgan = GanSettings.of(GanArchitecture.dcgan().withFilters(4).withCodeSize(8)).withBatchSize(16);
        HostReadCheck.assertStepsReadNothing(GanJob.training(TinyData.fashion(48, 6)), dcgan, 9);
    }

    @Test
    void vaeGanStepsReadNothingEither() throws Exception {
        GanSettings vaeGan = GanSettings.of(GanArchitecture.vaeGan().withFilters(4).withCodeSize(8)).withBatchSize(16);
        HostReadCheck.assertStepsReadNothing(GanJob.training(TinyData.fashion(48, 6)), vaeGan, 9);
    }
}
