package org.deepcanvas.lab.gan;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.ModelFiles;
import org.deepcanvas.nn.gan.GanNetwork;

/**
 * Saves a GAN or VAE-GAN as {@code name.safetensors} (every network's weights and batch norm
 * statistics) next to {@code name.model.json} (settings, image size and the seed of the
 * frames' fixed grid, so a reopened model shows the same grid), the way {@link ModelFiles}
 * keeps every network, and loads it back.
 */
public final class GanFiles {
    private static final String FORMAT = "deepcanvas-gan";
    private static final int VERSION = 1;

    /** What the settings file holds; readable without the engine. */
    public record ModelInfo(String format, int version, GanSettings settings, ImageShape imageShape, long gridSeed) {}

    private GanFiles() {}

    /** Writes the weights and the settings file (compute thread). */
    public static void save(Path weights, GanNetwork network, GanSettings settings, long gridSeed) throws IOException {
        ModelFiles.save(weights, network.parameters(),
                new ModelInfo(FORMAT, VERSION, settings, network.imageShape(), gridSeed));
    }

    /** Reads the settings file of a saved model, with a clear message when it is not one. */
    public static ModelInfo readInfo(Path weights) throws IOException {
        ModelInfo info = ModelFiles.readInfo(weights, ModelInfo.class, FORMAT, VERSION, "GAN");
        if (info == null || info.settings() == null || info.imageShape() == null) {
            throw new IOException(ModelFiles.settingsFile(weights).getFileName() + " is not a DeepCanvas GAN settings file");
        }
        return info;
    }

    /** Rebuilds the networks a weights file was saved from, on {@code manager} (compute thread). */
    public static GanNetwork load(Path weights, NDManager manager) throws IOException {
        ModelInfo info = readInfo(weights);
        GanNetwork network = GanNetwork.create(info.settings().architecture(), info.imageShape(), manager);
        ModelFiles.loadWeights(weights, network.parameters(), manager);
        return network;
    }
}
