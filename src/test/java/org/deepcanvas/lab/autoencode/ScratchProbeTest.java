package org.deepcanvas.lab.autoencode;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.List;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        FashionMnist train = FashionMnist.train();
        FashionMnist test = FashionMnist.test();
        int n = 1000;
        float[] tr = java.util.Arrays.copyOf(train.pixels(), n * 784);
        float[] te = java.util.Arrays.copyOf(test.pixels(), 20 * 784);
        AutoencodeData data = new AutoencodeData(new org.deepcanvas.nn.autoencode.ImageShape(1, 28, 28), tr, te,
                java.util.Arrays.copyOf(test.labels(), 20), FashionMnist.CLASS_NAMES);
        for (AutoencoderArchitecture a : List.of(AutoencoderArchitecture.fullyConnected(), AutoencoderArchitecture.convolutional(), AutoencoderArchitecture.fullyConnected().withVariational(true))) {
            try (NDManager m = NDManager.newBaseManager()) {
                AutoencodeSettings s = AutoencodeSettings.of(a).withBatchSize(50);
                AutoencodeTrainer t = new AutoencodeTrainer(data, s, m);
                long t0 = System.nanoTime();
                for (int i = 0; i < 200; i++) {
                    try (NDScope scope = new NDScope()) {

                        if (i == 0) {
                            System.out.println("grad after update " + t.network().parameters().get(1).getValue().getArray().getGradient().abs().sum().getFloat());
                        }
                        StepLosses l = t.step(s); if (i % 20 == 0 || i == 199) System.out.println(a.kind() + " " + a.variational() + " " + i + " " + l.read() + " epoch " + t.epochsDone());
                    }
                }
                System.out.println("ms/step " + (System.nanoTime() - t0) / 200e6);
                t.close();
            }
        }
    }
}
