package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import java.util.Set;

/**
 * One part of an objective: a differentiable scalar computed from {@link Features}. The
 * optimiser always minimises, so a term that should grow (a dream's activation) returns
 * its negative as {@link #loss} and the positive value as its {@link #reading}, which is
 * what the loss chart shows. A term that holds targets (a guide's or a content image's
 * features, style Gram matrices) makes them in {@link #prepare}, once per image size, on
 * the job's manager and outside any NDScope, and frees them in {@link #close}.
 */
public interface Term extends AutoCloseable {

    /** The name of its line on the chart, e.g. "relu4_3 mean" or "TV". */
    String label();

    /** The layers it reads; they are tapped in one forward pass with the other terms'. */
    Set<String> layers();

    /**
     * Called before every evaluation, outside autograd: a term with targets makes them here
     * with {@code targets} when there are none yet or the image changed size.
     */
    default void prepare(TargetFeatures targets) {}

    /** The quantity to minimise, a 0-d array (unweighted). */
    NDArray loss(Features features);

    /** What the user watches (a dream's activation, not its negative); by default the loss itself. */
    default NDArray reading(Features features, NDArray loss) {
        return loss;
    }

    @Override
    default void close() {}
}
