package org.deepcanvas.lab.autoencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.Corruption;
import org.junit.jupiter.api.Test;

class AutoencodeSettingsTest {
    @Test
    void defaultsFollowTheCourse() {
        AutoencodeSettings settings = AutoencodeSettings.defaults();

        assertThat(settings.architecture().layers()).containsExactly(512, 256, 128, 64);
        assertThat(settings.architecture().codeSize()).isEqualTo(2);
        assertThat(settings.learningRate()).isEqualTo(1e-3f);
        assertThat(settings.batchSize()).isEqualTo(100);
        assertThat(AutoencoderArchitecture.convolutional().layers()).containsExactly(16, 16, 16);
        assertThat(AutoencoderArchitecture.convolutional().kernelSize()).isEqualTo(4);
    }

    @Test
    void liveKnobsKeepTheNetworkButArchitectureAndPreviewsRestart() {
        AutoencodeSettings base = AutoencodeSettings.defaults();

        assertThat(base.restartReason(base.withLearningRate(0.01f).withNoise(Corruption.GAUSSIAN, 0.2f)
                .withKlWeight(0.1f).withBatchSize(32).withDrawEvery(5))).isEmpty();
        assertThat(base.restartReason(base.withArchitecture(base.architecture().withVariational(true))))
                .contains("the network changed");
        assertThat(base.restartReason(base.withPreviewCount(4))).contains("the number of preview images changed");
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheirName() {
        AutoencodeSettings base = AutoencodeSettings.defaults();

        assertThatThrownBy(() -> base.withNoise(Corruption.MASKING, 1.5f)).hasMessageContaining("noise level");
        assertThatThrownBy(() -> base.withLearningRate(0f)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> base.withBatchSize(0)).hasMessageContaining("batch size");
        assertThatThrownBy(() -> base.architecture().withCodeSize(65)).hasMessageContaining("code size");
        assertThatThrownBy(() -> base.architecture().withLayers(List.of())).hasMessageContaining("layers must be 1..8 sizes");
    }
}
