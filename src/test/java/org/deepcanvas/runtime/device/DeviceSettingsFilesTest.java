package org.deepcanvas.runtime.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device setting and the start-up guard, as files in the settings folder. */
class DeviceSettingsFilesTest {
    @TempDir
    Path folder;

    @Test
    void theSettingSurvivesARestartAndADamagedFileMeansAuto() throws Exception {
        DevicePreference preference = new DevicePreference(folder);
        assertThat(preference.load()).isEqualTo(DeviceChoice.AUTO);

        preference.save(DeviceChoice.GPU);
        assertThat(new DevicePreference(folder).load()).isEqualTo(DeviceChoice.GPU);
        assertThat(Files.readString(folder.resolve("device.properties"))).contains("device=gpu");

        Files.writeString(folder.resolve("device.properties"), "device=quantum\n");
        assertThat(preference.load()).isEqualTo(DeviceChoice.AUTO);
    }

    @Test
    void aLoadThatNeverFinishedIsRememberedUntilCleared() {
        GpuStartGuard guard = new GpuStartGuard(folder.resolve("settings"));
        assertThat(guard.previousStartFailed()).isFalse();

        guard.markLoading();
        assertThat(new GpuStartGuard(folder.resolve("settings")).previousStartFailed()).isTrue();

        guard.clear();
        assertThat(guard.previousStartFailed()).isFalse();
    }
}
