package org.deepcanvas.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.deepcanvas.image.ArgbImage;

/** A job without any engine: its "loss" is 1/step, and it can be told to misbehave. */
final class FakeJob implements Job<FakeJob.Settings> {

    /** {@code width} stands for an architecture choice (restart); {@code rate} is live. */
    record Settings(int width, double rate) {
        static final Settings DEFAULT = new Settings(4, 1.0);
    }

    final AtomicInteger starts = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    volatile double lastRate;
    volatile long failAtStep = -1;
    volatile long nanAtStep = -1;
    volatile long sleepMillisPerStep = 0;
    /** Renders until asked to stop, like a frame far larger than a step. */
    volatile boolean endlessRender;
    private JobContext context;
    private long step;

    @Override
    public void start(Settings settings, JobContext context) {
        starts.incrementAndGet();
        this.context = context;
        step = 0;
    }

    @Override
    public StepResult step(Settings settings) throws InterruptedException {
        step++;
        lastRate = settings.rate();
        if (sleepMillisPerStep > 0) {
            Thread.sleep(sleepMillisPerStep);
        }
        if (step == failAtStep) {
            throw new IllegalStateException("boom at step " + step);
        }
        double loss = step >= nanAtStep && nanAtStep > 0 ? Double.NaN : 1.0 / step;
        return StepResult.of(Map.of("loss", loss));
    }

    @Override
    public ArgbImage render(Settings settings) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (endlessRender && System.nanoTime() < deadline) {
            if (context.stopRequested()) {
                throw new CancellationException("stopped while rendering");
            }
            Thread.sleep(1);
        }
        return new ArgbImage(settings.width(), 1, new int[settings.width()]);
    }

    @Override
    public Optional<String> restartReason(Settings current, Settings next) {
        return current.width() == next.width() ? Optional.empty() : Optional.of("width changed");
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }
}
