package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam over a fixed list of weights, with the learning rate given at each update so a slider
 * acts at once, and the betas fixed per optimiser (0.9 and 0.999 unless given; DCGAN trains
 * with beta1 0.5, so the momentum follows the other network's moves faster). Unlike DJL's
 * {@code Adam}, which creates its moment arrays lazily inside the first step, the moments are made here and unregistered
 * from any NDScope, so the runtime's per-step scope cannot close them.
 *
 * <p>The step is torch.optim.Adam's, w -= lr / (1 - b1^t) * m / (sqrt(v / (1 - b2^t)) + eps), in
 * fewer passes over memory: the moments are kept divided by (1 - b1) and (1 - b2), so each is
 * updated by one multiply and one add (M = b1 M + g, V = b2 V + g^2), and those constant factors
 * move into the per-step learning rate and epsilon, which are 0-d arrays. For the VAE's million
 * weights a pass costs as much as a matrix product's worth of small ops, so this is 12 passes per
 * weight where the textbook form takes 14. In-place ops also let the second moment carry a floor
 * (see {@link #VARIANCE_FLOOR}), which DJL's native {@code adamUpdate} cannot.
 */
public final class Adam implements AutoCloseable {
    private static final float DEFAULT_BETA1 = 0.9f;
    private static final float DEFAULT_BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    /**
     * Added to the second moment each step so its square root never meets a zero or a
     * tiny value: libtorch's CPU sqrt (MKL's vsSqrt) is 2.5x slower below ~1e-31 and 5-40x slower
     * on zeros and subnormals, and weights
     * that never get a gradient (say, for always-black border pixels) are all zeros.
     * Its root, 1e-15, is a rounding error next to epsilon (and such weights have no mean).
     */
    private static final float VARIANCE_FLOOR = 1e-30f;
    private static final float UNBIASED_FLOOR = 1e-12f;

    private final float beta1;
    private final float beta2;
    private final List<NDArray> weights;
    /** The same storage outside autograd: updating it in place works in any grad mode. */
    private final List<NDArray> detachedWeights = new ArrayList<>();
    /** The first moments divided by (1 - beta1). */
    private final List<NDArray> means = new ArrayList<>();
    /** The second moments divided by (1 - beta2). */
    private final List<NDArray> variances = new ArrayList<>();
    /** Constants and the live learning rate, so an update copies nothing from the host. */
    private final DeviceScalars scalars;
    /** beta1^t and beta2^t for the bias correction, kept on the device for the same reason. */
    private final NDArray beta1Power;
    private final NDArray beta2Power;

    /** Adam with the usual betas, 0.9 and 0.999. */
    public Adam(List<NDArray> weights) {
        this(weights, DEFAULT_BETA1, DEFAULT_BETA2);
    }

    /** Adam with its moments' decay rates, each in [0, 1). */
    public Adam(List<NDArray> weights, float beta1, float beta2) {
        if (!(beta1 >= 0f && beta1 < 1f) || !(beta2 >= 0f && beta2 < 1f)) {
            throw new IllegalArgumentException("Adam's betas must be in [0, 1), got " + beta1 + " and " + beta2);
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("Adam needs at least one weight to update");
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.weights = List.copyOf(weights);
        NDManager manager = this.weights.get(0).getManager();
        this.scalars = new DeviceScalars(manager);
        this.beta1Power = manager.create(1f);
        this.beta2Power = manager.create(1f);
        NDScope.unregister(beta1Power, beta2Power);
        for (NDArray weight : this.weights) {
            NDArray detached = weight.stopGradient();
            NDArray mean = weight.zerosLike();
            NDArray variance = weight.zerosLike();
            NDScope.unregister(detached, mean, variance);
            detachedWeights.add(detached);
            means.add(mean);
            variances.add(variance);
        }
    }

    /** Applies one Adam step to every weight from its accumulated gradient, then zeroes it. */
    public void update(float learningRate) {
        update(learningRate, null);
    }

    /**
     * Like {@link #update(float)}, but only where {@code gate}, a 0-d array on the device, is 1;
     * where it is 0 the weights, moments and bias correction stay as they are (the moments up
     * to rounding) and the gradient is still zeroed. A GAN's equilibrium balancing decides on
     * the device which network learns, so no step waits for the host to read a loss.
     */
    public void update(float learningRate, NDArray gate) {
        NDArray one = scalars.of(1f);
        // a moment keeps this much of itself: beta when updating, all of it when gated off
        NDArray keep1 = gate == null ? scalars.of(beta1) : gate.mul(scalars.of(beta1 - 1f)).addi(one);
        NDArray keep2 = gate == null ? scalars.of(beta2) : gate.mul(scalars.of(beta2 - 1f)).addi(one);
        beta1Power.muli(keep1);
        beta2Power.muli(keep2);
        NDArray floor = scalars.of(VARIANCE_FLOOR / (1f - beta2));
        NDArray zero = scalars.of(0f);
        // with c2 = sqrt(1 - beta2^t) and the moments' scales folded in:
        // rate = lr * (1 - b1) * c2 / ((1 - b1^t) * sqrt(1 - b2)), epsilon = eps * c2 / sqrt(1 - b2);
        // before a first step that was gated off, t is 0 and 1 - b1^t is 0, so it has a floor
        try (NDArray unbiased1 = one.sub(beta1Power).maximum(scalars.of(UNBIASED_FLOOR));
                NDArray unbiasedRoot2 = one.sub(beta2Power).sqrt();
                NDArray epsilon = unbiasedRoot2.mul(scalars.of((float) (EPSILON / Math.sqrt(1.0 - beta2))));
                NDArray rate = unbiasedRoot2.mul(scalars.of((float) (learningRate * (1.0 - beta1)
                        / Math.sqrt(1.0 - beta2))))) {
            rate.divi(unbiased1);
            if (gate != null) {
                rate.muli(gate);
            }
            for (int i = 0; i < weights.size(); i++) {
                NDArray gradient = weights.get(i).getGradient();
                if (gate != null) {
                    gradient.muli(gate);
                }
                NDArray mean = means.get(i).muli(keep1).addi(gradient);
                NDArray squared = gradient.muli(gradient);
                NDArray variance = variances.get(i).muli(keep2).addi(squared).addi(floor);
                try (NDArray denominator = variance.sqrt().addi(epsilon);
                        NDArray step = mean.div(denominator).muli(rate)) {
                    detachedWeights.get(i).subi(step);
                }
                squared.muli(zero);
            }
        }
        if (gate != null) {
            keep1.close();
            keep2.close();
        }
    }

    /** Zeroes the weights' gradients without a step (after a backward pass meant for other weights). */
    public void zeroGradients() {
        NDArray zero = scalars.of(0f);
        for (NDArray weight : weights) {
            weight.getGradient().muli(zero);
        }
    }

    /** Frees the optimiser's arrays (the weights belong to the network). */
    @Override
    public void close() {
        detachedWeights.forEach(NDArray::close);
        means.forEach(NDArray::close);
        variances.forEach(NDArray::close);
        List.of(beta1Power, beta2Power).forEach(NDArray::close);
        scalars.close();
    }
}
