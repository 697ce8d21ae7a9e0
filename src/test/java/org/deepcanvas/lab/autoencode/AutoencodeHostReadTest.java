package org.deepcanvas.lab.autoencode;

import java.util.List;
import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.Corruption;
import org.deepcanvas.runtime.HostReadCheck;
import org.junit.jupiter.api.Test;

class AutoencodeHostReadTest {

    @Test
    void variationalStepsReadNothingBackFromTheDevice() throws Exception {
        AutoencodeSettings vae = AutoencodeSettings.of(AutoencoderArchitecture.fullyConnected()
                        .withLayers(List.of(32)).withVariational(true))
                .withBatchSize(20).withPreviewCount(3).withDrawEvery(5);
        HostReadCheck.assertStepsReadNothing(AutoencodeJob.training(TinyData.fashion(60, 6)), vae, 12);
    }

    @Test
    void denoisingConvolutionalStepsReadNothingEither() throws Exception {
        AutoencodeSettings denoising = AutoencodeSettings.of(AutoencoderArchitecture.convolutional()
                        .withLayers(List.of(4, 4)))
                .withNoise(Corruption.MASKING, 0.5f).withBatchSize(10).withPreviewCount(2).withDrawEvery(5);
        HostReadCheck.assertStepsReadNothing(AutoencodeJob.training(TinyData.fashion(30, 4)), denoising, 8);
    }
}
