package org.deepcanvas.lab.gan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.deepcanvas.nn.gan.GanNetwork;
import org.deepcanvas.nn.gan.GanNetwork.Part;
import org.junit.jupiter.api.Test;

class GanHealthTest {
    @Test
    void aGeneratorThatDrawsOneConstantImageIsCalledCollapsed() {
        TrainingSet data = TinyData.fashion(64, 8);
        Engine.getInstance().setRandomSeed(2);
        try (NDManager manager = NDManager.newBaseManager()) {
            GanNetwork network = GanNetwork.create(GanArchitecture.dcgan().withFilters(4).withCodeSize(8), data.shape(),
                    manager);
            // the last convolution's weights at zero: every code draws tanh(bias), the same image
            NDArray lastWeights = network.trainableWeights(Part.GENERATOR).stream()
                    .filter(w -> w.getShape().dimension() == 4).reduce((first, second) -> second).orElseThrow();
            lastWeights.stopGradient().muli(0); // a detached alias: in place in any grad mode
            GanHealth health = new GanHealth();
            try (GanPreview preview = new GanPreview(network, data, 1, manager)) {
                preview.render();
                double spread = preview.spreadRatio();

                assertThat(spread).isLessThan(1e-6);
                assertThat(health.judge(10, spread, 1).healthy()).as("still warming up").isTrue();
                health.judge(GanHealth.WARM_UP_STEPS, spread, 1);
                assertThat(health.judge(GanHealth.WARM_UP_STEPS + 10, spread, 1).healthy()).as("two frames").isTrue();
                GanHealth.Report report = health.judge(GanHealth.WARM_UP_STEPS + 20, spread, 1);

                assertThat(report.verdict()).isEqualTo(GanHealth.Verdict.COLLAPSED);
                assertThat(report.message()).contains("Mode collapse");
            }
        }
    }

    @Test
    void variedSamplesAreFineAndALostGeneratorIsSaid() {
        GanHealth health = new GanHealth();
        for (int frame = 0; frame < 5; frame++) {
            assertThat(health.judge(GanHealth.WARM_UP_STEPS + frame, 0.8, 1.2).healthy()).isTrue();
        }
        for (int frame = 0; frame < 3; frame++) {
            health.judge(GanHealth.WARM_UP_STEPS + 10 + frame, 0.8, 9);
        }

        assertThat(health.report().verdict()).isEqualTo(GanHealth.Verdict.DISCRIMINATOR_WINS);
        assertThat(health.judge(GanHealth.WARM_UP_STEPS + 20, 0.8, 1.0).healthy()).as("it recovered").isTrue();
    }
}
