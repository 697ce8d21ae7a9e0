package org.deepcanvas.lab.style;

import java.util.List;
import java.util.Objects;
import org.deepcanvas.lab.imageopt.ImageSettings;
import org.deepcanvas.lab.imageopt.LayerWeight;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.lab.imageopt.StepMethod;

/**
 * A style transfer (Gatys et al., 2015): keep the content of one picture, take the style of
 * others. Live, at the next step: the three weights, the blend of the styles, the layers
 * and their weights, the optimiser and its learning rate, the colour mode and the style
 * scale. The network, the size and the start image restart the run.
 *
 * @param previewSize a larger run is solved at this size first, then refined at twice the size until full size
 * @param contentLayers layers whose features keep the content, with weights; empty: the network's own
 * @param styleLayers layers whose Gram matrices carry the style, with weights; empty: the network's own, weight 1 each
 * @param contentWeight how much the content's features count (log slider)
 * @param styleWeight how much the style's Gram matrices count (log slider)
 * @param tvWeight how much total variation (smoothness) counts (0: off)
 * @param styleBlend one weight per style picture (their Grams are mixed by it); empty: all equal
 * @param method {@link StepMethod#ADAM} or {@link StepMethod#LBFGS}
 * @param learningRate Adam's learning rate in pixel units (pixels are 0..1), or L-BFGS's step scale
 * @param styleScale the style pictures are seen with their longest side this many times the output's
 * @param iterations steps of a run, shared out over the resolution levels
 */
public record StyleSettings(String network, int size, int previewSize, List<LayerWeight> contentLayers,
                            List<LayerWeight> styleLayers,
                            double contentWeight, double styleWeight, double tvWeight, List<Float> styleBlend,
                            StepMethod method, float learningRate, StyleInit init, ColourMode colour,
                            double styleScale, int iterations) implements ImageSettings {
    /** The largest output side (by multi-resolution above the preview size). */
    public static final int LARGEST_SIZE = 2048;
    /** The usual preview size: what a run solves first when it is larger. */
    public static final int PREVIEW_SIZE = 512;
    public static final double MIN_STYLE_SCALE = 0.25;
    public static final double MAX_STYLE_SCALE = 2;
    public static final float ADAM_LEARNING_RATE = 0.02f;
    public static final float LBFGS_STEP = 1f;

    /** Good results with the embedded random-filter net, offline. */
    public static final StyleSettings DEFAULT = new StyleSettings("random-texture", 256, PREVIEW_SIZE, List.of(),
            List.of(), 1, 1e3, 1, List.of(), StepMethod.ADAM, ADAM_LEARNING_RATE, StyleInit.CONTENT, ColourMode.STYLE,
            1, 300);

    public StyleSettings {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(colour, "colour");
        contentLayers = List.copyOf(contentLayers);
        styleLayers = List.copyOf(styleLayers);
        styleBlend = List.copyOf(styleBlend);
        check(size >= MIN_SIZE && size <= LARGEST_SIZE,
                "size must be " + MIN_SIZE + " to " + LARGEST_SIZE + " pixels, not " + size);
        check(previewSize >= MIN_SIZE && previewSize <= LARGEST_SIZE,
                "preview size must be " + MIN_SIZE + " to " + LARGEST_SIZE + " pixels, not " + previewSize);
        checkWeight("content weight", contentWeight);
        checkWeight("style weight", styleWeight);
        checkWeight("TV weight", tvWeight);
        check(contentWeight > 0 || styleWeight > 0, "content and style weight cannot both be 0");
        check(method == StepMethod.ADAM || method == StepMethod.LBFGS,
                "the style net optimises with Adam or L-BFGS, not " + method);
        check(learningRate > 0 && Float.isFinite(learningRate),
                "learning rate must be a positive number, not " + learningRate);
        check(styleScale >= MIN_STYLE_SCALE && styleScale <= MAX_STYLE_SCALE,
                "style scale must be " + MIN_STYLE_SCALE + " to " + MAX_STYLE_SCALE + ", not " + styleScale);
        check(iterations >= 1, "iterations must be at least 1, not " + iterations);
        styleBlend.forEach(weight -> checkWeight("style blend weight", weight));
        check(styleBlend.isEmpty() || styleBlend.stream().anyMatch(weight -> weight > 0),
                "style blend weights cannot all be 0: " + styleBlend);
        check(styleLayers.isEmpty() || styleLayers.stream().anyMatch(layer -> layer.weight() > 0),
                "style layer weights cannot all be 0");
        check(contentLayers.isEmpty() || contentLayers.stream().anyMatch(layer -> layer.weight() > 0),
                "content layer weights cannot all be 0");
    }

    private static void checkWeight(String what, double weight) {
        check(weight >= 0 && Double.isFinite(weight), what + " must be 0 or more, not " + weight);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Pixels move without jitter, blur or decay, and stay in 0..1. */
    @Override
    public OptimiserSettings optimiser() {
        return new OptimiserSettings(method, learningRate, 0, 0, 1, OptimiserSettings.BlurTarget.IMAGE, 1, true, false);
    }

    /** Solved at the preview size or less, then at twice the size, up to the full size. */
    @Override
    public OctaveSettings octaves() {
        int levels = resolutionLevels();
        return new OctaveSettings(levels, 2, Math.max(1, iterations / levels));
    }

    /** 1 up to the preview size; one more for every doubling above it. */
    public int resolutionLevels() {
        int levels = 1;
        while (size > (long) previewSize << (levels - 1)) {
            levels++;
        }
        return levels;
    }

    /** The optimiser, with its own usual learning rate. */
    public StyleSettings withMethod(StepMethod next) {
        float rate = next == StepMethod.LBFGS ? LBFGS_STEP : ADAM_LEARNING_RATE;
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, styleBlend, next, rate, init, colour, styleScale, iterations);
    }

    public StyleSettings withLearningRate(float next) {
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, styleBlend, method, next, init, colour, styleScale, iterations);
    }

    public StyleSettings withNetwork(String next) {
        return new StyleSettings(next, size, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, styleBlend, method, learningRate, init, colour, styleScale, iterations);
    }

    public StyleSettings withPreviewSize(int next) {
        return new StyleSettings(network, size, next, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, styleBlend, method, learningRate, init, colour, styleScale, iterations);
    }

    public StyleSettings withSize(int next) {
        return new StyleSettings(network, next, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, styleBlend, method, learningRate, init, colour, styleScale, iterations);
    }

    public StyleSettings withContentLayers(List<LayerWeight> next) {
        return new StyleSettings(network, size, previewSize, next, styleLayers, contentWeight, styleWeight, tvWeight,
                styleBlend, method, learningRate, init, colour, styleScale, iterations);
    }

    public StyleSettings withStyleLayers(List<LayerWeight> next) {
        return new StyleSettings(network, size, previewSize, contentLayers, next, contentWeight, styleWeight,
                tvWeight, styleBlend, method, learningRate, init, colour, styleScale, iterations);
    }

    public StyleSettings withContentWeight(double next) {
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, next, styleWeight, tvWeight,
                styleBlend, method, learningRate, init, colour, styleScale, iterations);
    }

    public StyleSettings withStyleWeight(double next) {
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, contentWeight, next,
                tvWeight, styleBlend, method, learningRate, init, colour, styleScale, iterations);
    }

    public StyleSettings withTvWeight(double next) {
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                next, styleBlend, method, learningRate, init, colour, styleScale, iterations);
    }

    public StyleSettings withStyleBlend(List<Float> next) {
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, next, method, learningRate, init, colour, styleScale, iterations);
    }

    public StyleSettings withInit(StyleInit next) {
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, styleBlend, method, learningRate, next, colour, styleScale, iterations);
    }

    public StyleSettings withColour(ColourMode next) {
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, styleBlend, method, learningRate, init, next, styleScale, iterations);
    }

    public StyleSettings withStyleScale(double next) {
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, styleBlend, method, learningRate, init, colour, next, iterations);
    }

    public StyleSettings withIterations(int next) {
        return new StyleSettings(network, size, previewSize, contentLayers, styleLayers, contentWeight, styleWeight,
                tvWeight, styleBlend, method, learningRate, init, colour, styleScale, next);
    }
}
