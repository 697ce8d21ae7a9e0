package org.deepcanvas.lab.autoencode;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.ModelFiles;
import org.deepcanvas.nn.autoencode.AutoencoderNetwork;

/**
 * Saves a trained autoencoder as {@code name.safetensors} (the weights) next to
 * {@code name.model.json} (settings and image size), the way {@link ModelFiles} keeps every
 * network, and loads it back.
 */
public final class AutoencoderFiles {
    private static final String FORMAT = "deepcanvas-autoencoder";
    private static final int VERSION = 1;

    /** What the settings file holds; readable without the engine (for the UI's settings). */
    public record ModelInfo(String format, int version, AutoencodeSettings settings, ImageShape imageShape) {}

    private AutoencoderFiles() {}

    /** Writes the weights and the settings file (compute thread). */
    public static void save(Path weights, AutoencoderNetwork network, AutoencodeSettings settings) throws IOException {
        ModelFiles.save(weights, network.parameters(), new ModelInfo(FORMAT, VERSION, settings, network.imageShape()));
    }

    /**
     * Reads the settings file of a saved model, with the limits the CLI and the pane
     * enforce (the records' own checks, and the image side of {@link TrainingSet}); a
     * message names the file, the field and the value when it is not one.
     */
    public static ModelInfo readInfo(Path weights) throws IOException {
        ModelInfo info = ModelFiles.readInfo(weights, ModelInfo.class, FORMAT, VERSION, "autoencoder");
        if (info == null || info.settings() == null || info.imageShape() == null) {
            throw new IOException(ModelFiles.settingsFile(weights).getFileName()
                    + " is not a DeepCanvas autoencoder settings file");
        }
        ImageShape shape = info.imageShape();
        if (!fits(shape.height()) || !fits(shape.width())) {
            throw new IOException(ModelFiles.settingsFile(weights).getFileName() + " is damaged: imageShape "
                    + shape.width() + "x" + shape.height() + " is outside the " + TrainingSet.MIN_SIDE + ".."
                    + TrainingSet.MAX_SIDE + " px a side that autoencoders train on");
        }
        return info;
    }

    private static boolean fits(int side) {
        return side >= TrainingSet.MIN_SIDE && side <= TrainingSet.MAX_SIDE;
    }

    /**
     * Rebuilds the network a weights file was saved from, on {@code manager} (compute
     * thread). The weights are read as any hostile file is ({@link ModelFiles#loadWeights}).
     */
    public static AutoencoderNetwork load(Path weights, NDManager manager) throws IOException {
        ModelInfo info = readInfo(weights);
        AutoencoderNetwork network = AutoencoderNetwork.create(info.settings().architecture(), info.imageShape(), manager);
        ModelFiles.loadWeights(weights, network.parameters(), manager);
        return network;
    }
}
