package org.deepcanvas.nn.autoencode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam (beta1 0.9, beta2 0.999) over a fixed list of weights, with the learning rate given
 * at each update so a slider acts at once. Unlike DJL's {@code Adam}, which creates its
 * moment arrays lazily inside the first step, the moments are made here and unregistered
 * from any NDScope, so the runtime's per-step scope cannot close them. One fused native
 * update per weight; the engine zeroes each gradient after using it.
 */
public final class LiveAdam {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    private static final float NO_WEIGHT_DECAY = 0f;
    private static final float NO_RESCALE = 1f;
    private static final float NO_CLIPPING = -1f;

    private final List<NDArray> weights;
    private final List<NDArray> means = new ArrayList<>();
    private final List<NDArray> variances = new ArrayList<>();
    private int updates;

    public LiveAdam(List<NDArray> weights) {
        this.weights = List.copyOf(weights);
        for (NDArray weight : this.weights) {
            NDArray mean = weight.zerosLike();
            NDArray variance = weight.zerosLike();
            NDScope.unregister(mean, variance);
            means.add(mean);
            variances.add(variance);
        }
    }

    /** Applies one Adam step to every weight from its accumulated gradient. */
    public void update(float learningRate) {
        updates++;
        double biasCorrection1 = 1 - Math.pow(BETA1, updates);
        double biasCorrection2 = 1 - Math.pow(BETA2, updates);
        float correctedRate = (float) (learningRate * Math.sqrt(biasCorrection2) / biasCorrection1);
        for (int i = 0; i < weights.size(); i++) {
            NDArray weight = weights.get(i);
            weight.getNDArrayInternal().adamUpdate(
                    new NDList(weight, weight.getGradient(), means.get(i), variances.get(i)),
                    new NDList(weight),
                    learningRate, correctedRate, NO_WEIGHT_DECAY, NO_RESCALE, NO_CLIPPING, BETA1, BETA2, EPSILON,
                    true, false);
        }
    }

    /** Frees the moment arrays (the weights belong to the network). */
    public void close() {
        means.forEach(NDArray::close);
        variances.forEach(NDArray::close);
    }
}
