package org.deepcanvas.lab.paint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/**
 * The painter's multilayer perceptron, built for speed on tiny tensors where every
 * engine call costs microseconds: all weights and biases live in ONE flat parameter
 * array, viewed per layer by a single split, so a training step needs one gradient and
 * one fused Adam update instead of one per tensor.
 */
final class CoordinateNetwork {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    private static final float NO_CLIPPING = -1f;

    private final NDArray parameters;
    private final NDArray mean;
    private final NDArray variance;
    private final long[] splitPoints;
    private final Shape[] weightShapes;
    private final PaintActivation activation;
    private final boolean tanhOutput;
    private int updates;

    /**
     * @param tanhOutput squash outputs into [-1, 1] (the many-image colour range)
     * @param random initialises like PyTorch's Linear: uniform in +-1/sqrt(fan-in)
     */
    CoordinateNetwork(NDManager manager, int inputs, PaintSettings settings, boolean tanhOutput, Random random) {
        int layers = settings.hiddenLayers() + 1;
        int[] sizes = new int[layers + 1];
        sizes[0] = inputs;
        for (int l = 1; l < layers; l++) {
            sizes[l] = settings.layerWidth();
        }
        sizes[layers] = PaintingData.CHANNELS;

        weightShapes = new Shape[layers];
        splitPoints = new long[2 * layers - 1];
        int total = 0;
        for (int l = 0; l < layers; l++) {
            weightShapes[l] = new Shape(sizes[l + 1], sizes[l]);
            total += sizes[l + 1] * sizes[l];
            splitPoints[2 * l] = total;
            total += sizes[l + 1];
            if (l < layers - 1) {
                splitPoints[2 * l + 1] = total;
            }
        }
        float[] initial = new float[total];
        int at = 0;
        for (int l = 0; l < layers; l++) {
            float bound = (float) (1 / Math.sqrt(sizes[l]));
            for (int n = sizes[l + 1] * (sizes[l] + 1); n > 0; n--) {
                initial[at++] = (random.nextFloat() * 2 - 1) * bound;
            }
        }
        this.parameters = manager.create(initial);
        parameters.setRequiresGradient(true);
        this.mean = manager.zeros(parameters.getShape());
        this.variance = manager.zeros(parameters.getShape());
        this.activation = settings.activation();
        this.tanhOutput = tanhOutput;
    }

    /** Colours for a batch of coordinate rows. */
    NDArray predict(NDArray coordinates) {
        NDList parts = parameters.split(splitPoints);
        NDArray h = coordinates;
        for (int l = 0; l < weightShapes.length; l++) {
            NDArray weight = parts.get(2 * l).reshape(weightShapes[l]);
            h = h.getNDArrayInternal().linear(h, weight, parts.get(2 * l + 1)).singletonOrThrow();
            if (l < weightShapes.length - 1) {
                h = activation.apply(h);
            }
        }
        return tanhOutput ? h.getNDArrayInternal().tanh() : h;
    }

    /**
     * One fused Adam step from the gradient the last backward pass left; it also clears that
     * gradient. Not {@link org.deepcanvas.nn.Adam}: for one small flat array the engine's
     * single fused call is about 4% faster per step than its in-place ops (bench paint).
     */
    void update(double learningRate) {
        updates++;
        float rate = (float) learningRate;
        float biasCorrected = (float) (learningRate * Math.sqrt(1 - Math.pow(BETA2, updates))
                / (1 - Math.pow(BETA1, updates)));
        NDArray gradient = parameters.getGradient();
        parameters.getNDArrayInternal().adamUpdate(
                new NDList(parameters, gradient, mean, variance), new NDList(parameters),
                rate, biasCorrected, 0f, 1f, NO_CLIPPING, BETA1, BETA2, EPSILON, false, false);
    }
}
