package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.time.Duration;
import java.util.List;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.runtime.JobState.Phase;
import org.junit.jupiter.api.Test;

/** Runs a tiny regression on the real PyTorch engine through the runtime. */
class RealEngineJobTest {

    /** Fits y = 3x with a weight initialised by the engine's generator. */
    static final class LineFit implements Job<Float> {
        private JobContext context;
        private NDArray weight;

        @Override
        public void start(Float learningRate, JobContext ctx) {
            context = ctx;
            weight = ctx.manager().randomNormal(new Shape(1));
            weight.setRequiresGradient(true);
        }

        @Override
        public StepResult step(Float learningRate) {
            NDManager manager = context.manager();
            float[] xs = new float[8];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = (float) context.random().nextGaussian();
            }
            NDArray x = manager.create(xs);
            NDArray loss;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                loss = x.mul(weight).sub(x.mul(3f)).square().mean();
                collector.backward(loss);
            }
            NDArray gradient = weight.getGradient();
            weight.subi(gradient.mul(learningRate));
            gradient.subi(gradient);
            return StepResult.loss(loss);
        }

        @Override
        public ArgbImage render(Float learningRate) {
            return ArgbImage.blank(1, 1);
        }

        @Override
        public void close() {
            weight = null;
        }
    }

    @Test
    void learnsAndRepeatsExactlyWithTheSameSeed() throws Exception {
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            List<Double> first = losses(runtime, 7);
            List<Double> second = losses(runtime, 7);
            List<Double> otherSeed = losses(runtime, 8);

            assertThat(first).hasSize(20);
            assertThat(first.get(19)).isLessThan(first.get(0) / 10);
            assertThat(second).isEqualTo(first);
            assertThat(otherSeed).isNotEqualTo(first);
            assertThat(runtime.deviceDescription()).containsAnyOf("CPU", "GPU");
        }
    }

    @Test
    void anInfiniteLearningRateDiverges() throws Exception {
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<Float> handle = runtime.submit("line", new LineFit(), 1e30f,
                    RunOptions.defaults().withMetricsInterval(1).withMaxSteps(50));
            handle.start();

            assertThat(handle.awaitFinish(Duration.ofSeconds(20)).phase()).isEqualTo(Phase.DIVERGED);
        }
    }

    private static List<Double> losses(ComputeRuntime runtime, long seed) throws InterruptedException {
        RunOptions options = RunOptions.defaults().withSeed(seed).withMaxSteps(200).withMetricsInterval(10);
        JobHandle<Float> handle = runtime.submit("line", new LineFit(), 0.05f, options);
        handle.start();
        assertThat(handle.awaitFinish(Duration.ofSeconds(20)).phase()).isEqualTo(Phase.COMPLETED);
        // frames add samples at times that depend on the clock; the every-10-steps ones do not
        List<Double> losses = handle.metricsHistory().stream()
                .filter(sample -> sample.step() % 10 == 0)
                .map(sample -> sample.values().get("loss"))
                .toList();
        handle.close();
        return losses;
    }
}
