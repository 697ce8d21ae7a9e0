package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deepcanvas.runtime.HostRead;

/**
 * Reads and writes named weights as .safetensors or .npz through DJL. Pickle-based files
 * (.pt, .pth, .bin, .ckpt, .pkl) are refused: unpickling runs arbitrary code.
 */
public final class WeightFile {
    private static final List<String> PICKLE_SUFFIXES = List.of(".pt", ".pth", ".bin", ".ckpt", ".pkl", ".pickle");

    private WeightFile() {}

    /** Reads every array in {@code file} onto {@code manager}'s device, keyed by its stored name. */
    public static Map<String, NDArray> read(NDManager manager, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (PICKLE_SUFFIXES.stream().anyMatch(name::endsWith)) {
            throw new IOException(file.getFileName() + " is a pickle-based PyTorch file, which can run code when "
                    + "loaded and is never opened here; convert it to .safetensors (safetensors.torch.save_file), "
                    + "or, if it is a TorchScript module you trust, import it as TorchScript");
        }
        if (!name.endsWith(".safetensors") && !name.endsWith(".npz")) {
            throw new IOException(file.getFileName() + ": weight files must be .safetensors or .npz");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(manager, in, file.getFileName().toString());
        }
    }

    /** Reads .safetensors or .npz bytes from {@code in}; {@code source} names them in messages. */
    public static Map<String, NDArray> read(NDManager manager, InputStream in, String source) throws IOException {
        NDList arrays;
        try {
            arrays = NDList.decode(manager, in);
        } catch (RuntimeException e) {
            throw new IOException(source + " is not a readable weight file: " + e.getMessage(), e);
        }
        Map<String, NDArray> byName = new LinkedHashMap<>();
        for (NDArray array : arrays) {
            if (array.getName() == null || byName.put(array.getName(), array) != null) {
                throw new IOException(source + " holds an unnamed or duplicate array");
            }
        }
        return byName;
    }

    /** Writes the arrays as .safetensors under their map keys, atomically replacing {@code file}. */
    public static void writeSafetensors(Map<String, NDArray> weights, Path file) throws IOException {
        NDList list = new NDList(weights.size());
        weights.forEach((key, array) -> {
            array.setName(key);
            list.add(array);
        });
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                HostRead.encode(list, out, NDList.Encoding.SAFETENSORS);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
