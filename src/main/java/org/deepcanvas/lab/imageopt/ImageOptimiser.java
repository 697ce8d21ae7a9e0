package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.Random;
import org.deepcanvas.lab.imageopt.OptimiserSettings.BlurTarget;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.InputNormalizer;

/**
 * Where a dream step happens (and a guided hallucination's, and a style transfer's): one
 * gradient step on an image through a frozen feature network. {@link #step} reads as the
 * algorithm does:
 * <ol>
 *   <li>roll the image by a random jitter (autograd rolls the gradient back, so the image
 *       itself never moves);</li>
 *   <li>normalise it with the network's preprocessing, run the network up to the deepest
 *       tapped layer and sum the objective's weighted terms;</li>
 *   <li>backward to the pixels; blur the gradient when that is due; keep colours (below);</li>
 *   <li>let the step rule move the pixels (normalised gradient, Adam, ...);</li>
 *   <li>decay towards grey, blur the image when due, clamp to 0..1.</li>
 * </ol>
 * Everything stays on the device; nothing is read back to the host.
 *
 * <p>Keeping colours: a colour picture stays RGB even when the network sees grey (its input
 * is the picture's luma), and the gradient is replaced by its sum over the channels, copied
 * to each. That is the gradient with respect to one brightness shift added to R, G and B
 * alike, which leaves the chroma (B - Y, R - Y) where it was: the dream draws in light and
 * shade while the picture keeps its own colours, through every octave and zoom frame
 * ({@link org.deepcanvas.image.ColourTransfer#keepColours} is the same recombination done
 * once, on a finished picture). A grey network always moves brightness only, since its
 * luma gradient would otherwise tint the picture green (luma weighs green most).
 */
public final class ImageOptimiser implements AutoCloseable {
    private static final float GREY = 0.5f;

    private final FeatureNet net;
    private final OptimisedImage image;
    private final InputNormalizer input;
    private final DeviceScalars scalars;
    private final GaussianBlur blur;
    private final TargetFeatures targets;
    private StepMethod method;
    private StepRule rule;
    private Objective lastObjective;
    private long steps;

    /** Optimises {@code image} through {@code net}; constants and state live on {@code manager}. */
    public ImageOptimiser(FeatureNet net, OptimisedImage image, NDManager manager) {
        this.net = net;
        this.image = image;
        this.input = net.preprocessing().normalizer(manager);
        this.scalars = new DeviceScalars(manager);
        this.blur = new GaussianBlur(manager);
        this.targets = new TargetFeatures(net, input, image, manager);
    }

    /** One optimisation step with the latest objective and settings; jitter is drawn from {@code random}. */
    public Evaluation step(Objective objective, OptimiserSettings settings, Random random) {
        useMethod(settings.method());
        if (lastObjective != null && !lastObjective.equals(objective)) {
            rule.objectiveChanged();
        }
        lastObjective = objective;
        int down = offset(settings.jitter(), random);
        int right = offset(settings.jitter(), random);
        boolean blurDue = settings.blurSigma() > 0 && steps % settings.blurEvery() == 0;
        float gradientSigma = blurDue && settings.blurTarget() == BlurTarget.GRADIENT ? settings.blurSigma() : 0;
        boolean brightnessOnly = image.channels() == 3 && (settings.keepColours() || input.channels() == 1);
        Evaluation evaluation = rule.step(() -> evaluate(objective, down, right, gradientSigma, brightnessOnly),
                settings.stepSize());
        NDArray pixels = image.values();
        if (settings.decay() < 1) {
            NDArray grey = scalars.of(GREY);
            pixels.subi(grey).muli(scalars.of(settings.decay())).addi(grey);
        }
        if (blurDue && settings.blurTarget() == BlurTarget.IMAGE) {
            ImageFilters.assign(pixels, blur.apply(pixels, settings.blurSigma()));
        }
        if (settings.clamp()) {
            ImageFilters.assign(pixels, pixels.clip(0f, 1f));
        }
        steps++;
        return evaluation;
    }

    /**
     * The objective and its gradient at the current pixels, seen rolled by (down, right).
     * Step rules call this, once per step or more.
     */
    private Evaluation evaluate(Objective objective, int down, int right, float gradientSigma, boolean brightnessOnly) {
        for (Objective.Weighted weighted : objective.terms()) {
            weighted.term().prepare(targets);
        }
        image.zeroGradient();
        Evaluation evaluation;
        try (GradientCollector collector = image.pixels().getManager().getEngine().newGradientCollector()) {
            evaluation = objective.evaluate(new Features(net, input, image.pixels(), down, right, objective.taps(), scalars));
            collector.backward(evaluation.loss());
        }
        if (gradientSigma > 0) {
            NDArray gradient = image.gradient();
            ImageFilters.assign(gradient, blur.apply(gradient, gradientSigma));
        }
        if (brightnessOnly) {
            NDArray gradient = image.gradient();
            ImageFilters.assign(gradient, gradient.sum(new int[] {1}, true).broadcast(gradient.getShape()));
        }
        return evaluation;
    }

    /** Call after the image was resized or transformed: the step rule's memory no longer fits. */
    public void imageChanged() {
        if (rule != null) {
            rule.reset();
        }
    }

    public OptimisedImage image() {
        return image;
    }

    public FeatureNet net() {
        return net;
    }

    /** Steps taken so far. */
    public long steps() {
        return steps;
    }

    private void useMethod(StepMethod wanted) {
        if (wanted != method) {
            if (rule != null) {
                rule.close();
            }
            rule = wanted.create(image, scalars);
            method = wanted;
        }
    }

    private static int offset(int jitter, Random random) {
        return jitter == 0 ? 0 : random.nextInt(2 * jitter + 1) - jitter;
    }

    @Override
    public void close() {
        if (rule != null) {
            rule.close();
        }
        blur.close();
        scalars.close();
        input.close();
    }
}
