package org.deepcanvas.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A benchmark, not a test (excluded from `mvn verify`): how long the FX thread goes
 * without a pulse while a pane trains. Run it with
 * {@code mvn test -Dbenchmarks=include -Dtest=UiStallBenchmark [-Dpane=Autoencoders]}.
 */
@Tag("benchmark")
class UiStallBenchmark extends StudioTestBase {
    private static final int SECONDS = 15;

    @Test
    void pulseGapsWhileTraining(FxRobot robot) throws Exception {
        String pane = System.getProperty("pane", "Pixel painting");
        robot.interact(() -> studio.loadSamples());
        waitForImages(robot, 11);
        robot.clickOn(pane);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#run-start").queryButton().isDisabled());
        robot.clickOn("#run-start");
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);

        List<Long> gapsMicros = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer probe = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gapsMicros.add((now - last) / 1_000);
                }
                last = now;
            }
        };
        robot.interact(probe::start);
        WaitForAsyncUtils.sleep(SECONDS, TimeUnit.SECONDS);
        robot.interact(probe::stop);

        List<Long> gaps = new ArrayList<>(gapsMicros);
        Collections.sort(gaps);
        System.out.printf("ui-stall (%s, %d s): %d pulses, median %.1f ms, p99 %.1f ms, max %.1f ms, %d over 50 ms%n",
                pane, SECONDS, gaps.size(), gaps.get(gaps.size() / 2) / 1e3, gaps.get((int) (gaps.size() * 0.99)) / 1e3,
                gaps.get(gaps.size() - 1) / 1e3, gaps.stream().filter(gap -> gap > 50_000).count());
    }
}
