package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import org.deepcanvas.runtime.JobState.Phase;
import org.junit.jupiter.api.Test;

class ThreadPolicyTest {
    private static final RunOptions OPTIONS = RunOptions.defaults().withMinFrameIntervalMillis(0).withMaxSteps(20);

    private final List<Integer> threadCounts = new CopyOnWriteArrayList<>();

    private final EngineBinding engine = new EngineBinding() {
        @Override
        public Device device() {
            return Device.cpu();
        }

        @Override
        public String description() {
            return "fake CPU";
        }

        @Override
        public void seed(long seed) {}

        @Override
        public void setIntraOpThreads(int threads) {
            threadCounts.add(threads);
        }
    };

    /** A FakeJob that says its steps are convolutions. */
    private static final class ConvolutionJob implements Job<FakeJob.Settings> {
        private final FakeJob steps = new FakeJob();

        @Override
        public void start(FakeJob.Settings settings, JobContext context) {
            steps.start(settings, context);
        }

        @Override
        public StepResult step(FakeJob.Settings settings) throws Exception {
            return steps.step(settings);
        }

        @Override
        public org.deepcanvas.image.ArgbImage render(FakeJob.Settings settings) throws Exception {
            return steps.render(settings);
        }

        @Override
        public ThreadPolicy.Workload workload(FakeJob.Settings settings) {
            return ThreadPolicy.Workload.LARGE_TENSORS;
        }

        @Override
        public void close() {
            steps.close();
        }
    }

    @Test
    void smallTensorsGetOneThreadAndLargeOnesTheIdleCores() {
        IntSupplier notAsked = () -> {
            throw new AssertionError("small tensors need no load reading");
        };
        assertThat(ThreadPolicy.threadsFor(ThreadPolicy.Workload.SMALL_TENSORS, notAsked)).isEqualTo(1);
        assertThat(ThreadPolicy.threadsFor(ThreadPolicy.Workload.LARGE_TENSORS, () -> 3)).isEqualTo(3);
    }

    @Test
    void thePropertyOverridesEveryWorkloadsThreads() {
        System.setProperty(ThreadPolicy.THREADS_PROPERTY, "3");
        try {
            assertThat(ThreadPolicy.threadsFor(ThreadPolicy.Workload.LARGE_TENSORS)).isEqualTo(3);
            assertThat(ThreadPolicy.threadsFor(ThreadPolicy.Workload.SMALL_TENSORS)).isEqualTo(3);
            System.setProperty(ThreadPolicy.THREADS_PROPERTY, "many");
            assertThat(ThreadPolicy.threadsFor(ThreadPolicy.Workload.LARGE_TENSORS, () -> 2)).isEqualTo(2);
            assertThat(ThreadPolicy.threadsFor(ThreadPolicy.Workload.SMALL_TENSORS)).isEqualTo(1);
        } finally {
            System.clearProperty(ThreadPolicy.THREADS_PROPERTY);
        }
    }

    @Test
    void oneJobSetsItsThreadsOnce() throws Exception {
        System.setProperty(ThreadPolicy.THREADS_PROPERTY, "4");
        try (ComputeRuntime runtime = new ComputeRuntime(() -> engine)) {
            JobHandle<FakeJob.Settings> alone = runtime.submit("conv", new ConvolutionJob(), FakeJob.Settings.DEFAULT,
                    OPTIONS);
            alone.start();
            assertThat(alone.awaitFinish(Duration.ofSeconds(5)).phase()).isEqualTo(Phase.COMPLETED);
            assertThat(threadCounts).containsExactly(4);
        } finally {
            System.clearProperty(ThreadPolicy.THREADS_PROPERTY);
        }
    }

    @Test
    void twoJobsOfDifferentWorkloadsSwitchBetweenSteps() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(cores > 1, "one core: both workloads get one thread");
        try (ComputeRuntime runtime = new ComputeRuntime(() -> engine)) {
            JobHandle<FakeJob.Settings> conv = runtime.submit("conv", new ConvolutionJob(), FakeJob.Settings.DEFAULT,
                    OPTIONS.withMaxSteps(200));
            JobHandle<FakeJob.Settings> painter = runtime.submit("paint", new FakeJob(), FakeJob.Settings.DEFAULT,
                    OPTIONS.withMaxSteps(200));
            conv.start();
            painter.start();
            assertThat(conv.awaitFinish(Duration.ofSeconds(5)).phase()).isEqualTo(Phase.COMPLETED);
            assertThat(painter.awaitFinish(Duration.ofSeconds(5)).phase()).isEqualTo(Phase.COMPLETED);
            assertThat(threadCounts).hasSizeGreaterThan(100).containsOnly(1, cores);
            for (int i = 1; i < threadCounts.size(); i++) {
                assertThat(threadCounts.get(i)).isNotEqualTo(threadCounts.get(i - 1));
            }
        }
    }
}
