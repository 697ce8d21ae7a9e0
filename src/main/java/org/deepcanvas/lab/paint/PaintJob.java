package org.deepcanvas.lab.paint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.ScalarBackward;
import org.deepcanvas.runtime.HostRead;
import org.deepcanvas.runtime.Job;
import org.deepcanvas.runtime.JobContext;
import org.deepcanvas.runtime.StepResult;

/**
 * Pixel painting (CADL session 2): a network learns to map a pixel's position to its
 * colour, so its picture of the image sharpens as it trains. With several images (up to
 * 100) the image index is a third input, the frame is a montage of all predictions, and
 * afterwards a latent walk moves the index smoothly from the first image to the last.
 */
public final class PaintJob implements Job<PaintSettings> {
    /** The most images one network paints at once. */
    public static final int MAX_IMAGES = PaintingData.MAX_IMAGES;

    private final PaintingData data;
    private JobContext context;
    private NDManager manager;
    private NDArray inputs;
    private BatchSampler batches;
    private CoordinateNetwork network;
    private DeviceScalars scalars;
    /** The settings of the latest frame, whose render size a latent walk uses. */
    private PaintSettings latest;

    /**
     * @param targets the images to paint, all the same size (1 to 100)
     * @throws IllegalArgumentException with a user-readable reason otherwise
     */
    public PaintJob(List<ArgbImage> targets) {
        this.data = PaintingData.of(targets);
    }

    public boolean manyImages() {
        return data.manyImages();
    }

    @Override
    public void start(PaintSettings settings, JobContext context) {
        this.context = context;
        manager = context.manager();
        inputs = manager.create(data.inputs(), new Shape(data.rows(), data.inputWidth()));
        NDArray colours = manager.create(data.colours(), new Shape(data.rows(), PaintingData.CHANNELS));
        network = new CoordinateNetwork(manager, data.inputWidth(), settings, data.manyImages(), context.random());
        batches = new BatchSampler(manager, inputs, colours, context.random());
        scalars = new DeviceScalars(manager);
    }

    @Override
    public StepResult step(PaintSettings settings) {
        int rows = settings.batchSize();
        NDArray[] batch = batches.next(rows);
        NDArray total;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            total = settings.loss().total(network.predict(batch[0]), batch[1]);
            ScalarBackward.run(total, scalars.of(1f / rows));
        }
        network.update(settings.learningRate());
        return new StepResult(Map.of("loss", () -> HostRead.scalar(total) / rows));
    }

    /**
     * The prediction for every pixel: the painting, or a montage of all paintings (up to a
     * million pixels, so a stop request cuts it short between two paintings).
     */
    @Override
    public ArgbImage render(PaintSettings settings) {
        List<ArgbImage> paintings = new ArrayList<>(data.imageCount());
        PaintingData.Grid cell = data.frameCell(settings.renderSize());
        boolean trainingGrid = cell.equals(data.grid(0));
        int pixels = data.pixelsPerImage();
        for (int i = 0; i < data.imageCount(); i++) {
            if (context.stopRequested()) {
                throw new CancellationException("stopped while rendering");
            }
            try (NDScope scope = new NDScope()) {
                NDArray rows = trainingGrid
                        ? inputs.get(new NDIndex().addSliceDim((long) i * pixels, (long) (i + 1) * pixels))
                        : manager.create(data.inputsAt(i, cell), new Shape(cell.pixels(), data.inputWidth()));
                paintings.add(data.decode(HostRead.floats(network.predict(rows)), cell));
            }
        }
        latest = settings;
        return paintings.size() == 1 ? paintings.get(0) : Montage.of(paintings).image();
    }

    /**
     * The painting as the image index glides from the first image to the last, in
     * {@code frames} even steps, at the render size of the latest frame. Call it on the
     * compute thread ({@code JobHandle.call}).
     */
    public List<ArgbImage> latentWalk(int frames) {
        if (!data.manyImages()) {
            throw new IllegalStateException("a latent walk needs at least two images");
        }
        if (frames < 2) {
            throw new IllegalArgumentException("a latent walk needs at least 2 frames, not " + frames);
        }
        List<ArgbImage> walk = new ArrayList<>(frames);
        PaintingData.Grid grid = data.grid(latest == null ? 0 : latest.renderSize());
        for (int f = 0; f < frames; f++) {
            double index = f * (data.imageCount() - 1) / (double) (frames - 1);
            try (NDScope scope = new NDScope()) {
                NDArray rows = manager.create(data.inputsAt(index, grid), new Shape(grid.pixels(), 3));
                walk.add(data.decode(HostRead.floats(network.predict(rows)), grid));
            }
        }
        return walk;
    }

    @Override
    public Optional<String> restartReason(PaintSettings current, PaintSettings next) {
        if (current.hiddenLayers() != next.hiddenLayers()) {
            return Optional.of("layer count changed to " + next.hiddenLayers());
        }
        if (current.layerWidth() != next.layerWidth()) {
            return Optional.of("layer width changed to " + next.layerWidth());
        }
        if (current.activation() != next.activation()) {
            return Optional.of("activation changed to " + next.activation());
        }
        return Optional.empty();
    }

    @Override
    public int drawInterval(PaintSettings settings) {
        return settings.drawInterval();
    }

    @Override
    public void close() {
        context = null;
        if (batches != null) {
            batches.close();
        }
        batches = null;
        if (scalars != null) {
            scalars.close();
        }
        scalars = null;
        network = null;
        inputs = null;
    }
}
