package org.deepcanvas.lab.imageopt;

import java.util.Optional;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.runtime.Job;
import org.deepcanvas.runtime.JobContext;
import org.deepcanvas.runtime.StepResult;
import org.deepcanvas.runtime.ThreadPolicy;

/**
 * An image optimisation as a runtime job: opens the network, makes the start image (the
 * given picture at the output size, or seeded noise), and steps an {@link ImageRun} with
 * the latest settings. An experiment adds its objective: {@link #objective} is asked at
 * every step and keeps its terms (and their targets) for as long as the settings that made
 * them stay the same. A new network or size restarts the job; everything else is live.
 */
public abstract class ImageJob<S extends ImageSettings> implements Job<S> {
    private static final int CONVOLUTION_SIZE = 128;

    private final NetworkOpener networks;
    private final ArgbImage startPicture;
    private final ImageRun.Carry carry;
    private JobContext context;
    private FeatureNet net;
    private ImageRun run;

    /** @param startPicture the picture to start from, or null to start from noise */
    protected ImageJob(NetworkOpener networks, ArgbImage startPicture, ImageRun.Carry carry) {
        this.networks = networks;
        this.startPicture = startPicture;
        this.carry = carry;
    }

    /** The objective for these settings on this network; called at every step, so keep what is costly to make. */
    protected abstract Objective objective(S settings, FeatureNet network);

    /** Frees the terms {@link #objective} made; called when the job closes or restarts. */
    protected abstract void closeObjective();

    @Override
    public void start(S settings, JobContext jobContext) throws Exception {
        context = jobContext;
        net = networks.open(settings.network(), context.manager());
        run = new ImageRun(net, startImage(settings, net.preprocessing().channels(), context), settings.octaves(), carry,
                context.manager());
    }

    /**
     * The image the run starts from, at the output size (its shape is the output's): the
     * start picture with its longest side at {@link ImageSettings#size}, or square seeded noise
     * with the network's {@code channels}. A picture stays in colour whatever the network sees
     * ({@link ImageOptimiser} keeps its colours).
     */
    protected OptimisedImage startImage(S settings, int channels, JobContext jobContext) {
        return startPicture == null
                ? OptimisedImage.noise(settings.size(), settings.size(), channels, jobContext.random(), jobContext.manager())
                : OptimisedImage.of(fitted(startPicture, settings.size()), 3, jobContext.manager());
    }

    @Override
    public StepResult step(S settings) {
        return run.step(objective(settings, net), settings.optimiser(), settings.octaves(), settings.zoom(),
                context.random()).toStepResult();
    }

    @Override
    public ArgbImage render(S settings) {
        return run.render();
    }

    @Override
    public Optional<String> restartReason(S current, S next) {
        if (!current.network().equals(next.network())) {
            return Optional.of("network changed to " + next.network());
        }
        if (current.size() != next.size()) {
            return Optional.of("size changed to " + next.size() + " px");
        }
        return Optional.empty();
    }

    /**
     * Convolutions over a picture of 128 px or more are worth every idle core; below that (a
     * preview, a test) a step is a few milliseconds and a second thread only adds wake-ups.
     */
    @Override
    public ThreadPolicy.Workload workload(S settings) {
        return settings.size() >= CONVOLUTION_SIZE ? ThreadPolicy.Workload.LARGE_TENSORS
                : ThreadPolicy.Workload.SMALL_TENSORS;
    }

    /** During the zoom, one frame per zoom frame; during the pyramid, as often as the runtime allows. */
    @Override
    public int drawInterval(S settings) {
        boolean zooming = run != null && !run.progress().inPyramid() && settings.zoom().active();
        return zooming ? settings.zoom().stepsPerFrame() : 1;
    }

    /** Where the run is (octave, zoom frame); call on the compute thread ({@code JobHandle.call}). */
    public ImageRun.Progress progress() {
        return run.progress();
    }

    /** The picture scaled so that its longest side is {@code size}, keeping its shape. */
    protected static ArgbImage fitted(ArgbImage picture, int size) {
        double scale = size / (double) Math.max(picture.width(), picture.height());
        int width = Math.max(1, (int) Math.round(picture.width() * scale));
        int height = Math.max(1, (int) Math.round(picture.height() * scale));
        return TargetFeatures.fitted(picture, width, height);
    }

    @Override
    public void close() {
        closeObjective();
        if (run != null) {
            run.close();
            run = null;
        }
        if (net != null) {
            net.close();
            net = null;
        }
        context = null;
    }
}
