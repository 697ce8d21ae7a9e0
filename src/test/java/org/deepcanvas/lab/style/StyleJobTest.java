package org.deepcanvas.lab.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.NetworkOpener;
import org.deepcanvas.lab.imageopt.StepMethod;
import org.deepcanvas.nn.embedded.RandomTextureNet;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.HostReadCheck;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.MetricSample;
import org.deepcanvas.runtime.RunOptions;
import org.junit.jupiter.api.Test;

/** The style net on the embedded random-filter net, 48 px, seeded. */
class StyleJobTest {
    private static final NetworkOpener TEXTURE_NET = (id, manager) -> RandomTextureNet.create(manager,
            RandomTextureNet.DEFAULT_SEED);
    private static final StyleSettings SMALL = StyleSettings.DEFAULT.withSize(48).withIterations(40);
    private static final ArgbImage CONTENT = StylePictures.content(48, 40);
    private static final ArgbImage STRIPES = StylePictures.stripes(64, 0xffe08020, 0xff2050c0);
    private static final ArgbImage DOTS = StylePictures.dots(64, 0xff20a040, 0xfff0f0e0);

    @Test
    void theStyleLossFallsTenfoldWhileTheContentStaysClose() throws Exception {
        List<MetricSample> history = run(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES)), SMALL, 40).metricsHistory();
        Map<String, Double> first = history.get(0).values();
        Map<String, Double> last = history.get(history.size() - 1).values();
        assertThat(first).containsOnlyKeys("content", "style", "TV");
        assertThat(last.get("style")).isLessThan(first.get("style") / 10);
        // starting from the content, its loss starts at 0 and may grow only to a fraction of the style's start
        assertThat(first.get("content")).isZero();
        assertThat(last.get("content")).isLessThan(first.get("style") * SMALL.styleWeight() / 10);
    }

    @Test
    void blendWeightsOfOneAndZeroAreTheFirstStyleAlone() throws Exception {
        ArgbImage alone = run(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES)), SMALL, 10).latestFrame()
                .orElseThrow().image();
        ArgbImage blended = run(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES, DOTS)),
                SMALL.withStyleBlend(List.of(1f, 0f)), 10).latestFrame().orElseThrow().image();
        ArgbImage mixed = run(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES, DOTS)),
                SMALL.withStyleBlend(List.of(0.5f, 0.5f)), 10).latestFrame().orElseThrow().image();
        assertThat(blended.pixels()).containsExactly(alone.pixels());
        assertThat(mixed.pixels()).isNotEqualTo(alone.pixels());
    }

    @Test
    void keepingColoursKeepsTheContentsChroma() throws Exception {
        ArgbImage kept = run(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES)),
                SMALL.withColour(ColourMode.KEEP_CONTENT), 20).latestFrame().orElseThrow().image();
        ArgbImage styled = run(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES)), SMALL, 20).latestFrame()
                .orElseThrow().image();
        assertThat(StylePictures.meanChromaDistance(kept, CONTENT)).isLessThan(1.5);
        assertThat(StylePictures.meanChromaDistance(styled, CONTENT)).isGreaterThan(5);
        assertThat(StylePictures.meanLumaDistance(kept, CONTENT)).isGreaterThan(3);
    }

    @Test
    void lbfgsReachesALowerLossThanAdamInAsManySteps() throws Exception {
        double adam = finalLoss(run(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES)), SMALL, 30));
        double lbfgs = finalLoss(run(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES)),
                SMALL.withMethod(StepMethod.LBFGS), 30));
        assertThat(lbfgs).isLessThan(adam);
    }

    @Test
    void theOutputHasTheContentsShapeWhateverItStartsFrom() throws Exception {
        for (StyleInit init : StyleInit.values()) {
            Frame frame = run(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES)), SMALL.withInit(init), 2)
                    .latestFrame().orElseThrow();
            assertThat(frame.image().width()).as("%s", init).isEqualTo(48);
            assertThat(frame.image().height()).as("%s", init).isEqualTo(40);
        }
    }

    @Test
    void itsStepsReadNothingFromTheDevice() throws Exception {
        HostReadCheck.assertStepsReadNothing(new StyleJob(TEXTURE_NET, CONTENT, List.of(STRIPES, DOTS)),
                SMALL.withMethod(StepMethod.LBFGS), 6);
    }

    private static double finalLoss(JobHandle<StyleSettings> handle) {
        List<MetricSample> history = handle.metricsHistory();
        Map<String, Double> last = history.get(history.size() - 1).values();
        StyleSettings settings = handle.settings();
        return settings.contentWeight() * last.get("content") + settings.styleWeight() * last.get("style")
                + settings.tvWeight() * last.get("TV");
    }

    private static JobHandle<StyleSettings> run(StyleJob job, StyleSettings settings, int steps) throws Exception {
        ComputeRuntime runtime = new ComputeRuntime();
        JobHandle<StyleSettings> handle = runtime.submit("style", job, settings, RunOptions.defaults().withSeed(3)
                .withMaxSteps(steps).withMinFrameIntervalMillis(0).withMetricsInterval(1));
        handle.start();
        assertThat(handle.awaitFinish(Duration.ofSeconds(120)).phase()).isEqualTo(Phase.COMPLETED);
        runtime.close();
        return handle;
    }
}
