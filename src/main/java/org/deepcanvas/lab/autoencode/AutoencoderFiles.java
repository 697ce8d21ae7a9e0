package org.deepcanvas.lab.autoencode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deepcanvas.data.StrictJson;
import org.deepcanvas.export.AtomicFiles;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.autoencode.AutoencoderNetwork;
import org.deepcanvas.nn.weights.SafetensorsReader;
import org.deepcanvas.runtime.HostRead;

/**
 * Saves a trained autoencoder as {@code name.safetensors} (the weights) next to
 * {@code name.model.json} (settings and image size; not {@code name.json}, which is where a
 * PNG export of the same name keeps its provenance), and loads it back. The weights are
 * encoded in memory first and each file is replaced atomically, weights before settings:
 * a save that fails while encoding or writing the weights leaves an older model intact;
 * only a failure between the two moves (the disk filling up) can leave them mismatched,
 * which loading then reports.
 */
public final class AutoencoderFiles {
    private static final String FORMAT = "deepcanvas-autoencoder";
    private static final int VERSION = 1;
    private static final String SETTINGS_SUFFIX = ".model.json";
    private static final long MAX_SETTINGS_BYTES = 64 * 1024;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** What the settings file holds; readable without the engine (for the UI's settings). */
    public record ModelInfo(String format, int version, AutoencodeSettings settings, ImageShape imageShape) {}

    private AutoencoderFiles() {}

    /** The settings file that belongs to a weights file: shoes.safetensors -> shoes.model.json. */
    public static Path settingsFile(Path weights) {
        String name = weights.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return weights.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SETTINGS_SUFFIX);
    }

    /** Writes the weights and the settings file (compute thread). */
    public static void save(Path weights, AutoencoderNetwork network, AutoencodeSettings settings) throws IOException {
        ModelInfo info = new ModelInfo(FORMAT, VERSION, settings, network.imageShape());
        byte[] encoded;
        try (NDScope ignored = new NDScope()) {
            NDList named = new NDList();
            for (Pair<String, Parameter> parameter : network.parameters()) {
                NDArray copy = parameter.getValue().getArray().duplicate();
                copy.setName(parameter.getKey());
                named.add(copy);
            }
            encoded = HostRead.encode(named, NDList.Encoding.SAFETENSORS);
        }
        AtomicFiles.write(weights, out -> out.write(encoded));
        AtomicFiles.writeString(settingsFile(weights), GSON.toJson(info));
    }

    /**
     * Reads the settings file of a saved model, with the limits the CLI and the pane
     * enforce (the records' own checks, and the image side of {@link TrainingSet}); a
     * message names the file, the field and the value when it is not one.
     */
    public static ModelInfo readInfo(Path weights) throws IOException {
        Path file = settingsFile(weights);
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new IOException("the settings file " + name + " next to " + weights.getFileName()
                    + " is missing; it is needed to rebuild the network");
        }
        if (Files.size(file) > MAX_SETTINGS_BYTES) {
            throw new IOException(name + " is " + Files.size(file) + " bytes, not a DeepCanvas autoencoder settings file"
                    + " (those are under 1 kB)");
        }
        ModelInfo info = StrictJson.read(GSON, Files.readString(file), ModelInfo.class, name);
        if (info == null || !FORMAT.equals(info.format()) || info.settings() == null || info.imageShape() == null) {
            throw new IOException(name + " is not a DeepCanvas autoencoder settings file");
        }
        if (info.version() > VERSION) {
            throw new IOException(name + " was written by a newer DeepCanvas (format " + info.version() + ")");
        }
        ImageShape shape = info.imageShape();
        if (!fits(shape.height()) || !fits(shape.width())) {
            throw new IOException(name + " is damaged: imageShape " + shape.width() + "x" + shape.height()
                    + " is outside the " + TrainingSet.MIN_SIDE + ".." + TrainingSet.MAX_SIDE + " px a side that"
                    + " autoencoders train on");
        }
        return info;
    }

    private static boolean fits(int side) {
        return side >= TrainingSet.MIN_SIDE && side <= TrainingSet.MAX_SIDE;
    }

    /**
     * Rebuilds the network a weights file was saved from, on {@code manager} (compute
     * thread). The weights are read as any hostile file is ({@link SafetensorsReader}).
     */
    public static AutoencoderNetwork load(Path weights, NDManager manager) throws IOException {
        ModelInfo info = readInfo(weights);
        AutoencoderNetwork network = AutoencoderNetwork.create(info.settings().architecture(), info.imageShape(), manager);
        try (NDScope ignored = new NDScope()) {
            Map<String, NDArray> saved = SafetensorsReader.read(manager, weights);
            for (Pair<String, Parameter> parameter : network.parameters()) {
                NDArray target = parameter.getValue().getArray();
                NDArray source = saved.get(parameter.getKey());
                if (source == null || !source.getShape().equals(target.getShape())) {
                    throw new IOException(weights.getFileName() + " does not match its settings: weight "
                            + parameter.getKey() + (source == null ? " is missing" : " has shape " + source.getShape()
                            + ", expected " + target.getShape()));
                }
                target.set(HostRead.bytes(source));
            }
        }
        return network;
    }
}
