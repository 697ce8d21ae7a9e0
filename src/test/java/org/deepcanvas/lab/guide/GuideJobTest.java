package org.deepcanvas.lab.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.FeatureMatch;
import org.deepcanvas.lab.imageopt.NetworkOpener;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.HostReadCheck;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.MetricSample;
import org.deepcanvas.runtime.RunOptions;
import org.junit.jupiter.api.Test;

class GuideJobTest {
    private static final NetworkOpener FASHION = (id, manager) -> FashionClassifier.load(manager);
    private static final GuideSettings SETTINGS = new GuideSettings(ModelLibrary.FASHION, 48,
            List.of(new GuideLayer("relu1", 1), new GuideLayer("relu2", 1)), FeatureMatch.Match.L2, 0.5, 1.2f,
            OptimiserSettings.DREAM, new OctaveSettings(1, 1.5f, 100));

    @Test
    void theSourceComesCloserToTheGuidesFeaturesAndStaysSmooth() throws Exception {
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<GuideSettings> handle = runtime.submit("guide", new GuideJob(FASHION, stripes(false), stripes(true)),
                    SETTINGS, RunOptions.defaults().withMaxSteps(25).withMinFrameIntervalMillis(0).withMetricsInterval(1));
            handle.start();
            assertThat(handle.awaitFinish(Duration.ofSeconds(60)).phase()).isEqualTo(Phase.COMPLETED);
            List<MetricSample> history = handle.metricsHistory();
            MetricSample first = history.get(0);
            MetricSample last = history.get(history.size() - 1);
            assertThat(first.values()).containsOnlyKeys("guide relu1 L2", "guide relu2 L2", "TV");
            assertThat(last.values().get("guide relu2 L2")).isLessThan(first.values().get("guide relu2 L2") / 2);
            assertThat(last.values().get("guide relu1 L2")).isLessThan(first.values().get("guide relu1 L2"));
        }
    }

    @Test
    void itsStepsReadNothingFromTheDevice() throws Exception {
        HostReadCheck.assertStepsReadNothing(new GuideJob(FASHION, null, stripes(true)),
                SETTINGS.withMatch(FeatureMatch.Match.DOT), 6);
    }

    /** Vertical or horizontal stripes: the guide has what the source lacks. */
    private static ArgbImage stripes(boolean vertical) {
        int[] pixels = new int[56 * 56];
        for (int i = 0; i < pixels.length; i++) {
            int along = vertical ? i % 56 : i / 56;
            pixels[i] = (along / 4) % 2 == 0 ? 0xff202020 : 0xffe0e0e0;
        }
        return new ArgbImage(56, 56, pixels);
    }
}
