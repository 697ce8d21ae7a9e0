package org.deepcanvas.nn.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDScope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.deepcanvas.nn.DeviceScalars;

/**
 * Limited-memory BFGS over one tensor (the image being optimised), one update per
 * gradient, without a line search: the rule of {@code torch.optim.LBFGS} with
 * {@code line_search_fn=None}, which jcjohnson/neural-style uses as its quality default.
 * After each backward pass, {@link #update} moves the values from their gradient.
 *
 * <p>Nothing is read back to the host: the curvature pairs (s, y), their 1/(y.s) and every
 * dot product of the two-loop recursion stay on the device as arrays. PyTorch keeps a pair
 * only when y.s &gt; 1e-10, a test on the host; here each pair is kept with its 1/(y.s)
 * set to zero when the test fails, which makes it a no-op in both loops. The one
 * difference: such a pair still takes a place in the history and pushes the oldest out.
 * On a convex objective y.s is positive and the iterates are PyTorch's.
 *
 * <p>The step s of a pair is the change of the values between two updates, not the step
 * this class proposed, so a caller that clamps the image to its valid range in between
 * keeps the pairs true to the function it samples.
 *
 * <p>A line search (strong Wolfe) costs extra evaluations and host reads of the loss and
 * the directional derivative in every step; on the style problem it did not reach a given
 * loss in fewer gradient evaluations (bench/lbfgs_study.py), so there is none.
 */
public final class Lbfgs implements AutoCloseable {
    /** Pairs kept by default: 10 image-sized pairs cost 20 image copies, not PyTorch's 200. */
    public static final int DEFAULT_HISTORY = 10;
    private static final float CURVATURE_THRESHOLD = 1e-10f;

    private final int historySize;
    private final DeviceScalars scalars;
    /** Oldest first. */
    private final Deque<Pair> history = new ArrayDeque<>();
    private NDArray previousGradient;
    private NDArray previousValues;
    private NDArray initialHessianScale;

    /** One curvature pair: the step s, the change of gradient y, and 1/(y.s) or 0 when rejected. */
    private record Pair(NDArray step, NDArray gradientChange, NDArray inverseCurvature) {
        void close() {
            step.close();
            gradientChange.close();
            inverseCurvature.close();
        }
    }

    /**
     * @param scalars constants on the device of the values it will move (the caller closes them)
     * @param historySize how many curvature pairs to keep (each costs two copies of the values)
     */
    public Lbfgs(DeviceScalars scalars, int historySize) {
        if (historySize < 1) {
            throw new IllegalArgumentException("L-BFGS needs a history of at least 1 pair, not " + historySize);
        }
        this.historySize = historySize;
        this.scalars = scalars;
    }

    public int historySize() {
        return historySize;
    }

    /**
     * Moves {@code values} in place by one L-BFGS step along {@code gradient}, the loss's
     * gradient at them. {@code values} must not record gradients (pass a detached alias);
     * the gradient is left as it is. Image-sized temporaries are closed as soon as they are
     * used, so a step needs about three copies of the image beyond the history.
     */
    public void update(NDArray values, NDArray gradient, float learningRate) {
        NDArray flatGradient = gradient.reshape(-1);
        NDArray flatValues = values.reshape(-1);
        NDArray step;
        if (previousGradient == null) {
            // PyTorch's first step: steepest descent scaled to at most 1 / |g|_1
            NDArray one = scalars.of(1f);
            NDArray scale;
            try (NDArray magnitudes = flatGradient.abs()) {
                scale = one.div(magnitudes.sum()).minimum(one).muli(scalars.of(learningRate));
            }
            step = flatGradient.mul(scale).negi();
        } else {
            remember(flatValues, flatGradient);
            step = direction(flatGradient).muli(scalars.of(learningRate));
        }
        keep(flatValues.duplicate(), flatGradient.duplicate());
        values.addi(step.reshape(values.getShape()));
        step.close();
    }

    /** Drops the curvature history, so the next update starts afresh (the objective or the image changed). */
    public void forget() {
        history.forEach(Pair::close);
        history.clear();
        closeIfSet(previousGradient);
        closeIfSet(previousValues);
        closeIfSet(initialHessianScale);
        previousGradient = null;
        previousValues = null;
        initialHessianScale = null;
    }

    private void remember(NDArray flatValues, NDArray flatGradient) {
        NDArray step = flatValues.sub(previousValues);
        NDArray gradientChange = flatGradient.sub(previousGradient);
        NDArray curvature = gradientChange.dot(step);
        NDArray accepted = curvature.gt(scalars.of(CURVATURE_THRESHOLD));
        NDArray inverseCurvature = NDArrays.where(accepted, scalars.of(1f).div(curvature), scalars.of(0f));
        NDArray scale = curvature.div(gradientChange.dot(gradientChange));
        NDArray newScale = NDArrays.where(accepted, scale,
                initialHessianScale == null ? scalars.of(1f) : initialHessianScale);
        NDScope.unregister(step, gradientChange, inverseCurvature, newScale);
        closeIfSet(initialHessianScale);
        initialHessianScale = newScale;
        if (history.size() == historySize) {
            history.removeFirst().close();
        }
        history.addLast(new Pair(step, gradientChange, inverseCurvature));
    }

    /** The two-loop recursion: minus the inverse-Hessian estimate times the gradient. */
    private NDArray direction(NDArray flatGradient) {
        NDArray q = flatGradient.neg();
        NDArray[] alphas = new NDArray[history.size()];
        Iterator<Pair> newestFirst = history.descendingIterator();
        for (int i = history.size() - 1; i >= 0; i--) {
            Pair pair = newestFirst.next();
            alphas[i] = pair.step().dot(q).muli(pair.inverseCurvature());
            try (NDArray change = pair.gradientChange().mul(alphas[i])) {
                q.subi(change);
            }
        }
        NDArray r = q.muli(initialHessianScale);
        int i = 0;
        for (Pair pair : history) {
            NDArray beta = pair.gradientChange().dot(r).muli(pair.inverseCurvature());
            try (NDArray change = pair.step().mul(alphas[i++].sub(beta))) {
                r.addi(change);
            }
        }
        return r;
    }

    private void keep(NDArray values, NDArray gradient) {
        NDScope.unregister(values, gradient);
        closeIfSet(previousValues);
        closeIfSet(previousGradient);
        previousValues = values;
        previousGradient = gradient;
    }

    private static void closeIfSet(NDArray array) {
        if (array != null) {
            array.close();
        }
    }

    /** Frees the history. */
    @Override
    public void close() {
        forget();
    }
}
