package org.deepcanvas.lab.paint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import java.util.Random;

/**
 * The painter's multilayer perceptron, built for speed on tiny tensors where every
 * engine call costs microseconds: all weights and biases live in ONE parameter array, so a
 * training step needs one gradient and one fused Adam update instead of one per tensor.
 *
 * <p>That array is a matrix as wide as a hidden layer, so one split along its rows yields
 * every weight matrix and bias (as a row) in the shape the layers use, with no reshapes:
 * the hidden and output weights are (out, width) blocks, each hidden bias one row. The first
 * layer's weight is stored transposed, (inputs, width), and the output bias takes the first
 * three values of a last row (its other values never get a gradient and stay zero). Per step
 * that is 3 engine calls and 16 arrays where a flat vector needed 8 and 21.
 */
final class CoordinateNetwork {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    private static final float NO_CLIPPING = -1f;

    private final NDArray parameters;
    private final NDArray mean;
    private final NDArray variance;
    /** The row where each part after the first begins: first-layer weight, then bias and weight per layer. */
    private final long[] splitRows;
    private final int layers;
    private final NDIndex outputBias;
    private final PaintActivation activation;
    private final boolean tanhOutput;
    /** The parameters' gradient: the engine keeps the same array and zeroes it after each update. */
    private NDArray gradient;
    private int updates;

    /**
     * @param tanhOutput squash outputs into [-1, 1] (the many-image colour range)
     * @param random initialises like PyTorch's Linear: uniform in +-1/sqrt(fan-in)
     */
    CoordinateNetwork(NDManager manager, int inputs, PaintSettings settings, boolean tanhOutput, Random random) {
        int width = settings.layerWidth();
        this.layers = settings.hiddenLayers() + 1;
        int outputs = PaintingData.CHANNELS;
        int outputBiasRows = (outputs + width - 1) / width;
        // rows: W1 transposed, then per layer its bias row(s) and the next layer's weight
        splitRows = new long[2 * layers - 1];
        long row = inputs;
        for (int l = 0; l < layers - 1; l++) {
            splitRows[2 * l] = row;
            row += 1;
            splitRows[2 * l + 1] = row;
            row += l < layers - 2 ? width : outputs;
        }
        splitRows[2 * layers - 2] = row;
        float[][] matrix = new float[(int) row + outputBiasRows][width];
        for (int l = 0; l < layers; l++) {
            int in = l == 0 ? inputs : width;
            int out = l == layers - 1 ? outputs : width;
            int weightRow = l == 0 ? 0 : (int) splitRows[2 * l - 1];
            int biasRow = (int) splitRows[2 * l];
            float bound = (float) (1 / Math.sqrt(in));
            // the same draws in the same order as a weight-then-bias flat layout
            for (int o = 0; o < out; o++) {
                for (int i = 0; i < in; i++) {
                    float value = (random.nextFloat() * 2 - 1) * bound;
                    if (l == 0) {
                        matrix[i][o] = value;
                    } else {
                        matrix[weightRow + o][i] = value;
                    }
                }
            }
            for (int o = 0; o < out; o++) {
                matrix[biasRow + o / width][o % width] = (random.nextFloat() * 2 - 1) * bound;
            }
        }
        this.parameters = manager.create(matrix);
        parameters.setRequiresGradient(true);
        this.mean = manager.zeros(parameters.getShape());
        this.variance = manager.zeros(parameters.getShape());
        this.outputBias = outputBiasRows == 1 ? new NDIndex(":, :{}", outputs) : null;
        this.activation = settings.activation();
        this.tanhOutput = tanhOutput;
    }

    /** Colours for a batch of coordinate rows. */
    NDArray predict(NDArray coordinates) {
        NDList parts = parameters.split(splitRows, 0);
        NDArray h = coordinates;
        for (int l = 0; l < layers; l++) {
            NDArray weight = l == 0 ? parts.get(0).transpose() : parts.get(2 * l);
            NDArray bias = parts.get(2 * l + 1);
            if (l == layers - 1) {
                bias = outputBias != null ? bias.get(outputBias) : bias.reshape(-1).get(":{}", PaintingData.CHANNELS);
            }
            h = h.getNDArrayInternal().linear(h, weight, bias).singletonOrThrow();
            if (l < layers - 1) {
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
        if (gradient == null) {
            gradient = parameters.getGradient();
            NDScope.unregister(gradient);
        }
        parameters.getNDArrayInternal().adamUpdate(
                new NDList(parameters, gradient, mean, variance), new NDList(parameters),
                rate, biasCorrected, 0f, 1f, NO_CLIPPING, BETA1, BETA2, EPSILON, false, false);
    }
}
