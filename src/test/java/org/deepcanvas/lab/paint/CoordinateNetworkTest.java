package org.deepcanvas.lab.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoordinateNetworkTest {
    private static final float[] COORDINATES = {-1.2f, 0.4f, 0.3f, -0.7f, 1.5f, 1.1f};
    private static final int ROWS = 2;

    @Test
    void predictsWhatItsLayersComputeFromTheSameDraws() {
        for (int width : new int[] {2, 3, 20}) {
            PaintSettings settings = PaintSettings.DEFAULT.withHiddenLayers(2).withLayerWidth(width);
            try (NDManager manager = NDManager.newBaseManager()) {
                CoordinateNetwork network = new CoordinateNetwork(manager, 3, settings, true, new Random(7));
                NDArray rows = manager.create(COORDINATES, new Shape(ROWS, 3));

                assertThat(network.predict(rows).toFloatArray())
                        .as("layer width %d", width)
                        .containsExactly(byHand(settings, new Random(7)), within(1e-5f));
            }
        }
    }

    /**
     * The same multilayer perceptron in plain Java: per layer, weights (out x in, row by row)
     * then biases drawn uniform in +-1/sqrt(in), ReLU between layers, tanh at the end.
     */
    private static float[] byHand(PaintSettings settings, Random random) {
        int layers = settings.hiddenLayers() + 1;
        float[] out = new float[ROWS * PaintingData.CHANNELS];
        double[][][] weights = new double[layers][][];
        double[][] biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int in = l == 0 ? 3 : settings.layerWidth();
            int units = l == layers - 1 ? PaintingData.CHANNELS : settings.layerWidth();
            double bound = 1 / Math.sqrt(in);
            weights[l] = new double[units][in];
            biases[l] = new double[units];
            for (double[] row : weights[l]) {
                for (int i = 0; i < in; i++) {
                    row[i] = (random.nextFloat() * 2 - 1) * (float) bound;
                }
            }
            for (int o = 0; o < units; o++) {
                biases[l][o] = (random.nextFloat() * 2 - 1) * (float) bound;
            }
        }
        for (int r = 0; r < ROWS; r++) {
            double[] h = {COORDINATES[3 * r], COORDINATES[3 * r + 1], COORDINATES[3 * r + 2]};
            for (int l = 0; l < layers; l++) {
                double[] next = biases[l].clone();
                for (int o = 0; o < next.length; o++) {
                    for (int i = 0; i < h.length; i++) {
                        next[o] += weights[l][o][i] * h[i];
                    }
                    next[o] = l < layers - 1 ? Math.max(0, next[o]) : Math.tanh(next[o]);
                }
                h = next;
            }
            for (int c = 0; c < PaintingData.CHANNELS; c++) {
                out[r * PaintingData.CHANNELS + c] = (float) h[c];
            }
        }
        return out;
    }
}
