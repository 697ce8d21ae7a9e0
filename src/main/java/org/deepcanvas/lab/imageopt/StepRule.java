package org.deepcanvas.lab.imageopt;

import java.util.function.Supplier;

/**
 * How the image moves once its gradient is known: the place where Adam, the dream's
 * normalised gradient step and L-BFGS differ. A rule belongs to one {@link OptimisedImage}
 * and keeps whatever state it needs (moments, a history of steps) on the device, owned by
 * the image's manager and unregistered from the step's NDScope.
 */
public interface StepRule extends AutoCloseable {

    /**
     * Moves the image one step down the loss. {@code evaluate} computes the loss at the
     * image's current pixels and leaves its gradient in {@link OptimisedImage#gradient()};
     * a rule calls it at least once, more if it searches along a line (each call starts from
     * a zero gradient). Returns the evaluation at the pixels the step started from.
     *
     * @param stepSize the live step size or learning rate, in pixel units (the image is 0..1)
     */
    Evaluation step(Supplier<Evaluation> evaluate, float stepSize);

    /** Forgets what it learnt about the loss: the image was resized, zoomed or replaced. */
    void reset();

    /**
     * The objective is not the one of the last step (a weight or a target changed). Rules
     * whose memory models the loss's curvature (L-BFGS) forget it; the others carry on.
     */
    default void objectiveChanged() {}

    @Override
    void close();
}
