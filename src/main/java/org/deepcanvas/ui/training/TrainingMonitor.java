package org.deepcanvas.ui.training;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.WhileShown;

/**
 * Polls a session's job once per pulse while its view is on screen: the newest frame goes
 * to the canvas (unless the timeline is scrubbing), and a few times a second the chart,
 * the timeline and the status line catch up. Polling, not a callback per step, so a fast
 * job never floods the FX thread.
 */
final class TrainingMonitor extends AnimationTimer {
    private static final long SLOW_REFRESH_NANOS = 250_000_000L;

    private final TrainingSession<?, ?> session;
    private final LiveCanvas canvas;
    private final LossChart chart;
    private final FrameTimeline timeline;
    private final Label progress;
    private Frame lastFrame;
    private long lastSlowRefresh;

    TrainingMonitor(TrainingSession<?, ?> session, LiveCanvas canvas, LossChart chart, FrameTimeline timeline,
                           Label progress) {
        this.session = session;
        this.canvas = canvas;
        this.chart = chart;
        this.timeline = timeline;
        this.progress = progress;
    }

    /** Runs the monitor while the node is part of a scene. */
    void runWhileShown(Node view) {
        WhileShown.run(view, this::start, this::stop);
    }

    @Override
    public void handle(long now) {
        JobHandle<?> job = session.handleProperty().get();
        if (job == null) {
            return;
        }
        Frame frame = job.latestFrame().orElse(null);
        if (frame != null && frame != lastFrame) {
            lastFrame = frame;
            if (timeline.followingProperty().get()) {
                canvas.offer(frame.image());
            }
            progress.setText("step " + frame.step() + describe(frame.metrics()));
        }
        if (now - lastSlowRefresh > SLOW_REFRESH_NANOS) {
            lastSlowRefresh = now;
            chart.show(job.metricsHistory(), session.changes());
            timeline.setFrames(job.recordedFrames());
        }
    }

    private static String describe(Map<String, Double> metrics) {
        if (metrics.isEmpty()) {
            return "";
        }
        return metrics.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format("%.5g", e.getValue()))
                .collect(Collectors.joining(", ", " — ", ""));
    }
}
