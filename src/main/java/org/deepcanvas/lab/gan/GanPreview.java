package org.deepcanvas.lab.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.lab.trainingset.ImageTensors;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.gan.GanNetwork;
import org.deepcanvas.runtime.HostRead;

/**
 * What a GAN's frames show: a fixed grid of codes decoded (the same codes for the whole run,
 * so the grid visibly learns) and, for a VAE-GAN, fixed test images above their
 * reconstructions and a row of samples. Rendering also measures how much the grid's samples
 * differ from one another, for the collapse check. Compute thread only.
 */
public final class GanPreview implements AutoCloseable {
    /** The grid is GRID x GRID samples. */
    public static final int GRID = 8;
    private static final int SPREAD_REFERENCE_IMAGES = 512;

    private final GanNetwork network;
    private final NDArray gridCodes;
    private final NDArray previewImages;
    private final List<ArgbImage> previewOriginals;
    private final double realSpread;
    private double lastSpread = Double.NaN;

    /**
     * Codes drawn from N(0, 1) by a generator seeded with {@code gridSeed} (saved with a model,
     * so a reopened one shows the same grid) and, for a VAE-GAN, the first test images.
     */
    public GanPreview(GanNetwork network, TrainingSet data, long gridSeed, NDManager manager) {
        this.network = network;
        int codeSize = network.architecture().codeSize();
        this.gridCodes = manager.create(gridCodes(GRID * GRID, codeSize, gridSeed), new Shape(GRID * GRID, codeSize));
        int previews = network.architecture().encodes() ? Math.min(GRID, data.testCount()) : 0;
        float[] pixels = data.testPixels(0, previews);
        this.previewImages = manager.create(pixels, data.shape().batch(previews)).mul(2).sub(1);
        this.previewOriginals = ImageTensors.readAll(pixels, data.shape());
        this.realSpread = Spread.of(data.train(), Math.min(SPREAD_REFERENCE_IMAGES, data.trainCount()), data.shape());
        NDScope.unregister(gridCodes, previewImages);
    }

    /** The grid codes, N(0, 1), row after row. */
    public static float[] gridCodes(int count, int codeSize, long seed) {
        Random random = new Random(seed);
        float[] codes = new float[count * codeSize];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (float) random.nextGaussian();
        }
        return codes;
    }

    /** The frame: the decoded grid, or a VAE-GAN's originals, reconstructions and two rows of samples. */
    public ArgbImage render() {
        ImageShape shape = network.imageShape();
        float[] samplePixels = decode(network.generate(gridCodes, false));
        lastSpread = Spread.of(samplePixels, GRID * GRID, shape);
        List<ArgbImage> samples = ImageTensors.readAll(samplePixels, shape);
        if (!network.architecture().encodes()) {
            return Montage.inColumns(samples, GRID).image();
        }
        List<ArgbImage> cells = new ArrayList<>(previewOriginals);
        NDArray reconstructed = network.generate(network.encode(previewImages, false).mean(), false);
        cells.addAll(ImageTensors.readAll(decode(reconstructed), shape));
        cells.addAll(samples.subList(0, 2 * previewOriginals.size()));
        return Montage.inColumns(cells, previewOriginals.size()).image();
    }

    /** How much the grid's samples differ, as a share of how much real images do (after a render). */
    public double spreadRatio() {
        return realSpread > 0 ? lastSpread / realSpread : Double.NaN;
    }

    /** Pixels in [0, 1] of generated images in [-1, 1]. */
    private static float[] decode(NDArray signed) {
        float[] values = HostRead.floats(signed);
        for (int i = 0; i < values.length; i++) {
            values[i] = (values[i] + 1f) / 2f;
        }
        return values;
    }

    @Override
    public void close() {
        gridCodes.close();
        previewImages.close();
    }
}
