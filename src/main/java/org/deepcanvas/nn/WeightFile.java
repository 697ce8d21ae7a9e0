package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deepcanvas.export.AtomicFiles;
import org.deepcanvas.nn.weights.NpzReader;
import org.deepcanvas.nn.weights.SafetensorsReader;
import org.deepcanvas.runtime.HostRead;

/**
 * Reads named weights from .safetensors or .npz files that anyone may have made (see
 * {@link SafetensorsReader} and {@link NpzReader}) and writes .safetensors. Pickle-based
 * files (.pt, .pth, .bin, .ckpt, .pkl) are refused: unpickling runs arbitrary code.
 */
public final class WeightFile {
    private static final List<String> PICKLE_SUFFIXES = List.of(".pt", ".pth", ".bin", ".ckpt", ".pkl", ".pickle");

    private WeightFile() {}

    /**
     * Reads every array in {@code file} onto {@code manager}'s device, keyed by its stored
     * name. Every length and offset in the file is checked against its size before anything
     * is allocated, and weights holding NaN or infinity are refused.
     */
    public static Map<String, NDArray> read(NDManager manager, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (PICKLE_SUFFIXES.stream().anyMatch(name::endsWith)) {
            throw new IOException(file.getFileName() + " is a pickle-based PyTorch file, which can run code when "
                    + "loaded and is never opened here; convert it to .safetensors (safetensors.torch.save_file), "
                    + "or, if it is a TorchScript module you trust, import it as TorchScript");
        }
        if (name.endsWith(".safetensors")) {
            return SafetensorsReader.read(manager, file);
        }
        if (name.endsWith(".npz")) {
            try (InputStream in = Files.newInputStream(file)) {
                return NpzReader.read(manager, in, Files.size(file), file.getFileName().toString());
            }
        }
        throw new IOException(file.getFileName() + ": weight files must be .safetensors or .npz");
    }

    /** Reads .safetensors or .npz bytes (a bundled resource); {@code source} names them in messages. */
    public static Map<String, NDArray> read(NDManager manager, byte[] bytes, String source) throws IOException {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return NpzReader.read(manager, new ByteArrayInputStream(bytes), bytes.length, source);
        }
        return SafetensorsReader.read(manager, bytes, source);
    }

    /** Writes the arrays as .safetensors under their map keys, atomically replacing {@code file}. */
    public static void writeSafetensors(Map<String, NDArray> weights, Path file) throws IOException {
        NDList list = new NDList(weights.size());
        weights.forEach((key, array) -> {
            array.setName(key);
            list.add(array);
        });
        AtomicFiles.write(file, out -> HostRead.encode(list, out, NDList.Encoding.SAFETENSORS));
    }
}
