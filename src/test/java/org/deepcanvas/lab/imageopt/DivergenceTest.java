package org.deepcanvas.lab.imageopt;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.OptimiserSettings.BlurTarget;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.Job;
import org.deepcanvas.runtime.JobContext;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.RunOptions;
import org.deepcanvas.runtime.StepResult;
import org.junit.jupiter.api.Test;

/** An image that turns NaN pauses the job as DIVERGED, and the last frame on show is a good one. */
class DivergenceTest {
    private static final int POISONED_FROM = 6;
    private static final OctaveSettings ONE_OCTAVE = new OctaveSettings(1, 2f, 1000);
    private static final OptimiserSettings SETTINGS =
            new OptimiserSettings(StepMethod.NORMALISED_MEAN_ABS, 0.01f, 2, 0f, 1, BlurTarget.GRADIENT, 1f, false, false);

    /** sqrt at zero: a finite loss (0) whose gradient is infinite, so the normalised step makes the image NaN. */
    private static final class Poison implements Term {
        @Override
        public String label() {
            return "poison";
        }

        @Override
        public Set<String> layers() {
            return Set.of();
        }

        @Override
        public NDArray loss(Features features) {
            NDArray image = features.image();
            return image.sub(image.stopGradient()).sqrt().sum();
        }
    }

    /** The smallest job on the core: a dream on a tiny net whose objective is poisoned after a few steps. */
    private static final class PoisonedDream implements Job<OptimiserSettings> {
        private final Poison poison = new Poison();
        private final LayerActivation dream = LayerActivation.wholeLayer("relu2");
        private JobContext context;
        private ImageRun run;
        private int steps;

        @Override
        public void start(OptimiserSettings settings, JobContext jobContext) {
            context = jobContext;
            OptimisedImage start = OptimisedImage.of(TinyNets.picture(24, 24), 3, context.manager());
            run = new ImageRun(TinyNets.convolutional(context.manager(), 2), start, ONE_OCTAVE,
                    ImageRun.Carry.DETAIL, context.manager());
        }

        @Override
        public StepResult step(OptimiserSettings settings) {
            steps++;
            Objective objective = new Objective(List.of(new Objective.Weighted(dream, 1),
                    new Objective.Weighted(poison, steps >= POISONED_FROM ? 1 : 0)));
            return run.step(objective, settings, ONE_OCTAVE, ZoomSettings.NONE, context.random()).toStepResult();
        }

        @Override
        public ArgbImage render(OptimiserSettings settings) {
            return run.render();
        }

        @Override
        public void close() {
            run.close();
        }
    }

    @Test
    void aNanImagePausesTheRunWithTheLastGoodFrame() throws Exception {
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<OptimiserSettings> handle = runtime.submit("dream", new PoisonedDream(), SETTINGS,
                    RunOptions.defaults().withMinFrameIntervalMillis(0).withMaxSteps(50));
            handle.start();

            assertThat(handle.awaitFinish(Duration.ofSeconds(30)).phase()).isEqualTo(Phase.DIVERGED);
            assertThat(handle.state().message()).contains("NaN").contains("lower the step size");
            Frame last = handle.latestFrame().orElseThrow();
            assertThat(last.step()).isEqualTo(POISONED_FROM - 1);
            assertThat(handle.steps()).isLessThan(POISONED_FROM + 2);
        }
    }
}
