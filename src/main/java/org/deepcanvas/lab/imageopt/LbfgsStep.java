package org.deepcanvas.lab.imageopt;

import java.util.function.Supplier;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.optim.Lbfgs;

/**
 * L-BFGS on the pixels (neural-style's quality default), the step size scaling its step
 * (1 is PyTorch's default). Its curvature history describes one objective on one image, so
 * it is dropped when either changes: a slider moved, an octave began.
 */
final class LbfgsStep implements StepRule {
    private final OptimisedImage image;
    private final Lbfgs lbfgs;

    LbfgsStep(OptimisedImage image, DeviceScalars scalars) {
        this.image = image;
        this.lbfgs = new Lbfgs(scalars, Lbfgs.DEFAULT_HISTORY);
    }

    @Override
    public Evaluation step(Supplier<Evaluation> evaluate, float stepSize) {
        Evaluation evaluation = evaluate.get();
        lbfgs.update(image.values(), image.gradient(), stepSize);
        return evaluation;
    }

    @Override
    public void reset() {
        lbfgs.forget();
    }

    @Override
    public void objectiveChanged() {
        lbfgs.forget();
    }

    @Override
    public void close() {
        lbfgs.close();
    }
}
