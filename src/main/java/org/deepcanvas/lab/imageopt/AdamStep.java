package org.deepcanvas.lab.imageopt;

import java.util.List;
import java.util.function.Supplier;
import org.deepcanvas.nn.Adam;

/** Adam on the pixels (the style net's default), with the step size as its learning rate. */
final class AdamStep implements StepRule {
    private final OptimisedImage image;
    private Adam adam;

    AdamStep(OptimisedImage image) {
        this.image = image;
    }

    @Override
    public Evaluation step(Supplier<Evaluation> evaluate, float stepSize) {
        Evaluation evaluation = evaluate.get();
        if (adam == null) {
            adam = new Adam(List.of(image.pixels()));
        }
        adam.update(stepSize);
        return evaluation;
    }

    /** The moments described the old pixels; they start again from zero. */
    @Override
    public void reset() {
        close();
    }

    @Override
    public void close() {
        if (adam != null) {
            adam.close();
            adam = null;
        }
    }
}
