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
 * @param renderSize the longer side the painting is drawn at, in pixels, aspect kept (a
 *     coordinate network can be drawn at any resolution); 0 draws it at the training size.
 *     With several images it is the longer side of their montage.
 */
public record PaintSettings(
        int hiddenLayers, int layerWidth, PaintActivation activation,
        double learningRate, int batchSize, PaintLoss loss, int drawInterval, int renderSize) {

    /** The largest render size: a million pixels a frame. */
    public static final int MAX_RENDER_SIZE = 1024;

    public static final PaintSettings DEFAULT =
            new PaintSettings(6, 20, PaintActivation.RELU, 1e-3, 50, PaintLoss.L2, 20, 0);

    public PaintSettings {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(loss, "loss");
        require(hiddenLayers >= 1 && hiddenLayers <= 32, "hidden layers must be 1 to 32, not " + hiddenLayers);
        require(layerWidth >= 2 && layerWidth <= 1024, "layer width must be 2 to 1024, not " + layerWidth);
        require(learningRate > 0 && learningRate <= 1, "learning rate must be in (0, 1], not " + learningRate);
        require(batchSize >= 1 && batchSize <= 100_000, "batch size must be 1 to 100000, not " + batchSize);
        require(drawInterval >= 1, "draw interval must be at least 1 step, not " + drawInterval);
        require(renderSize == 0 || renderSize >= 8 && renderSize <= MAX_RENDER_SIZE,
                "render size must be 8 to " + MAX_RENDER_SIZE + " pixels (or 0 for the training size), not " + renderSize);
    }

    public PaintSettings withHiddenLayers(int count) {
        return new PaintSettings(count, layerWidth, activation, learningRate, batchSize, loss, drawInterval, renderSize);
    }

    public PaintSettings withLayerWidth(int width) {
        return new PaintSettings(hiddenLayers, width, activation, learningRate, batchSize, loss, drawInterval, renderSize);
    }

    public PaintSettings withActivation(PaintActivation function) {
        return new PaintSettings(hiddenLayers, layerWidth, function, learningRate, batchSize, loss, drawInterval, renderSize);
    }

    public PaintSettings withLearningRate(double rate) {
        return new PaintSettings(hiddenLayers, layerWidth, activation, rate, batchSize, loss, drawInterval, renderSize);
    }

    public PaintSettings withBatchSize(int size) {
        return new PaintSettings(hiddenLayers, layerWidth, activation, learningRate, size, loss, drawInterval, renderSize);
    }

    public PaintSettings withLoss(PaintLoss measure) {
        return new PaintSettings(hiddenLayers, layerWidth, activation, learningRate, batchSize, measure, drawInterval, renderSize);
    }

    public PaintSettings withDrawInterval(int steps) {
        return new PaintSettings(hiddenLayers, layerWidth, activation, learningRate, batchSize, loss, steps, renderSize);
    }

    public PaintSettings withRenderSize(int side) {
        return new PaintSettings(hiddenLayers, layerWidth, activation, learningRate, batchSize, loss, drawInterval, side);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
