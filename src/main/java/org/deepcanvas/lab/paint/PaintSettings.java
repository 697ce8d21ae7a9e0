package org.deepcanvas.lab.paint;

import java.util.Objects;

/**
 * The pixel painter's settings, defaults from the course. The network's shape (layer
 * count, width, activation) needs a restart; the rest is picked up live.
 *
 * @param hiddenLayers hidden layers of the coordinate network
 * @param layerWidth units per hidden layer
 * @param learningRate Adam's step size
 * @param batchSize pixels per optimisation step
 * @param drawInterval steps between two frames at most (frames are time-throttled too)
 */
public record PaintSettings(
        int hiddenLayers, int layerWidth, PaintActivation activation,
        double learningRate, int batchSize, PaintLoss loss, int drawInterval) {

    public static final PaintSettings DEFAULT =
            new PaintSettings(6, 20, PaintActivation.RELU, 1e-3, 50, PaintLoss.L2, 20);

    public PaintSettings {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(loss, "loss");
        require(hiddenLayers >= 1 && hiddenLayers <= 32, "hidden layers must be 1 to 32, not " + hiddenLayers);
        require(layerWidth >= 2 && layerWidth <= 1024, "layer width must be 2 to 1024, not " + layerWidth);
        require(learningRate > 0 && learningRate <= 1, "learning rate must be in (0, 1], not " + learningRate);
        require(batchSize >= 1 && batchSize <= 100_000, "batch size must be 1 to 100000, not " + batchSize);
        require(drawInterval >= 1, "draw interval must be at least 1 step, not " + drawInterval);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public PaintSettings withHiddenLayers(int count) {
        return new PaintSettings(count, layerWidth, activation, learningRate, batchSize, loss, drawInterval);
    }

    public PaintSettings withLayerWidth(int width) {
        return new PaintSettings(hiddenLayers, width, activation, learningRate, batchSize, loss, drawInterval);
    }

    public PaintSettings withActivation(PaintActivation function) {
        return new PaintSettings(hiddenLayers, layerWidth, function, learningRate, batchSize, loss, drawInterval);
    }

    public PaintSettings withLearningRate(double rate) {
        return new PaintSettings(hiddenLayers, layerWidth, activation, rate, batchSize, loss, drawInterval);
    }

    public PaintSettings withBatchSize(int size) {
        return new PaintSettings(hiddenLayers, layerWidth, activation, learningRate, size, loss, drawInterval);
    }

    public PaintSettings withLoss(PaintLoss measure) {
        return new PaintSettings(hiddenLayers, layerWidth, activation, learningRate, batchSize, measure, drawInterval);
    }

    public PaintSettings withDrawInterval(int steps) {
        return new PaintSettings(hiddenLayers, layerWidth, activation, learningRate, batchSize, loss, steps);
    }
}
