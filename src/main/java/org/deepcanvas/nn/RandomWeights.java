package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.deepcanvas.nn.layers.Layer;
import org.deepcanvas.nn.layers.ParamSpec;

/**
 * Seeded He-normal weights drawn on the host, so a seed gives the same numbers on any
 * device and engine. Biases start at zero.
 */
public final class RandomWeights {
    private RandomWeights() {}

    /**
     * A network of {@code architecture} with fresh random weights.
     *
     * @param zeroMeanFilters shift each filter to zero mean, so flat image regions give no response
     */
    public static LayeredNet create(Architecture architecture, NDManager parent, Random random, boolean zeroMeanFilters) {
        try (NDManager scratch = parent.newSubManager()) {
            Map<String, NDArray> weights = new HashMap<>();
            for (Layer layer : architecture.layers()) {
                for (ParamSpec spec : layer.params()) {
                    weights.put(spec.name(), scratch.create(draw(spec, random, zeroMeanFilters), spec.shape()));
                }
            }
            return WeightBinder.bind(architecture, weights, parent);
        }
    }

    private static float[] draw(ParamSpec spec, Random random, boolean zeroMean) {
        float[] values = new float[Math.toIntExact(spec.size())];
        if (spec.shape().dimension() == 1) {
            return values;
        }
        int fanIn = Math.toIntExact(spec.size() / spec.shape().get(0));
        double scale = Math.sqrt(2.0 / fanIn);
        for (int start = 0; start < values.length; start += fanIn) {
            double sum = 0;
            for (int i = start; i < start + fanIn; i++) {
                values[i] = (float) (random.nextGaussian() * scale);
                sum += values[i];
            }
            float mean = zeroMean ? (float) (sum / fanIn) : 0f;
            for (int i = start; i < start + fanIn; i++) {
                values[i] -= mean;
            }
        }
        return values;
    }
}
