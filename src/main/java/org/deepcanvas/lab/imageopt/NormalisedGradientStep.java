package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import java.util.function.Supplier;
import org.deepcanvas.nn.DeviceScalars;

/**
 * The deep dream step: the gradient divided by its mean absolute value (Google's DeepDream
 * notebook), or centred and divided by its standard deviation (pytorch-deepdream), so
 * every step moves the pixels by about the step size whatever the scale of the layer's
 * activations. Centring matters for the second: a layer that likes brightness has a
 * gradient of nearly one sign and a tiny spread, and dividing that by its spread alone
 * would wash the whole picture out to white in a few steps.
 */
final class NormalisedGradientStep implements StepRule {
    /** Keeps a zero gradient (a flat image under a dead layer) from dividing by zero. */
    private static final float EPSILON = 1e-8f;

    private final OptimisedImage image;
    private final DeviceScalars scalars;
    private final boolean byStd;

    NormalisedGradientStep(OptimisedImage image, DeviceScalars scalars, boolean byStd) {
        this.image = image;
        this.scalars = scalars;
        this.byStd = byStd;
    }

    @Override
    public Evaluation step(Supplier<Evaluation> evaluate, float stepSize) {
        Evaluation evaluation = evaluate.get();
        NDArray gradient = image.gradient();
        NDArray direction = byStd ? gradient.sub(gradient.mean()) : gradient;
        NDArray scale = byStd ? direction.square().mean().sqrt() : direction.abs().mean();
        NDArray move = direction.div(scale.addi(scalars.of(EPSILON))).muli(scalars.of(stepSize));
        image.values().subi(move);
        return evaluation;
    }

    @Override
    public void reset() {
        // the step depends on the current gradient alone
    }

    @Override
    public void close() {
        // nothing of its own on the device
    }
}
