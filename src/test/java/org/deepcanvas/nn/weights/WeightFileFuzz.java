package org.deepcanvas.nn.weights;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deepcanvas.nn.WeightFile;

/**
 * Feeds the weight readers thousands of damaged and hostile files (truncations, bit flips,
 * lying length fields, huge shapes, negative, overlapping and gapped offsets, unknown
 * dtypes, NaN, zip bombs). Each must be read or refused with an IOException that names
 * the file; any other outcome (an OutOfMemoryError above all) ends the run with status 1.
 * {@link WeightFileFuzzTest} runs it in a JVM of its own with a 256 MB heap.
 */
public final class WeightFileFuzz {
    private static final int BIT_FLIP_TRIALS = 1000;

    private final NDManager manager;
    private final Random random;
    private final Path folder;
    private int cases;

    private WeightFileFuzz(NDManager manager, Random random, Path folder) {
        this.manager = manager;
        this.random = random;
        this.folder = folder;
    }

    public static void main(String[] args) {
        Path folder = null;
        try (NDManager manager = NDManager.newBaseManager()) {
            folder = Files.createTempDirectory("weight-fuzz");
            WeightFileFuzz fuzz = new WeightFileFuzz(manager, new Random(Long.parseLong(args[0])), folder);
            fuzz.safetensors();
            fuzz.npz();
            System.out.println("ok: " + fuzz.cases + " hostile weight files, each read or refused with an IOException");
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.exit(1);
        } finally {
            deleteQuietly(folder);
        }
        System.exit(0);
    }

    private void safetensors() throws IOException {
        byte[] good = HostileFiles.safetensors(random);
        if (read(good, "good.safetensors").size() != 8) {
            throw new AssertionError("the well-formed file lost tensors");
        }
        for (int length = 0; length < good.length; length++) {
            byte[] truncated = Arrays.copyOf(good, length);
            if (length % 7 == 0) {
                refusedFromFile(truncated, "cut-" + length + ".safetensors");
            } else {
                refused(truncated, "cut-" + length + ".safetensors");
            }
        }
        refused(Arrays.copyOf(good, good.length + 1), "padded.safetensors");
        byte[] hundredBytes = HostileFiles.withLengthField(Arrays.copyOf(good, 100), 1L << 31);
        refusedFromFile(hundredBytes, "two-gigabyte-header.safetensors");
        long[] lengths = {0, 1, 1L << 30, (1L << 31) - 1, 1L << 31, 1L << 32, Long.MAX_VALUE, -1, -8, good.length - 7,
            good.length};
        for (long length : lengths) {
            refused(HostileFiles.withLengthField(good, length), "length-" + length + ".safetensors");
        }
        for (String header : hostileHeaders()) {
            refused(HostileFiles.withHeader(header, 48), "hostile-header.safetensors");
        }
        byte[] notUtf8 = "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"\u00e9\":1}"
                .getBytes(StandardCharsets.ISO_8859_1);
        refused(HostileFiles.withHeader(notUtf8, 4), "latin1.safetensors");
        for (int trial = 0; trial < 50; trial++) {
            refusedWithNaN(good);
        }
        for (int trial = 0; trial < BIT_FLIP_TRIALS; trial++) {
            readOrRefused(flipBits(good), "flipped.safetensors");
        }
        for (int size = 0; size < 300; size += 3) {
            byte[] noise = new byte[size];
            random.nextBytes(noise);
            readOrRefused(noise, "noise.safetensors");
        }
    }

    /** JSON headers that are well-formed text but describe impossible or dangerous layouts. */
    private static List<String> hostileHeaders() {
        String ok = "\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}";
        return List.of(
                "{\"big\":{\"dtype\":\"F32\",\"shape\":[100000,100000],\"data_offsets\":[0,40000000000]}}",
                "{\"big\":{\"dtype\":\"F32\",\"shape\":[100000,100000],\"data_offsets\":[0,48]}}",
                "{\"big\":{\"dtype\":\"F32\",\"shape\":[500000000],\"data_offsets\":[0,2000000000]}}",
                "{\"big\":{\"dtype\":\"F64\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,0]}}",
                "{\"neg\":{\"dtype\":\"F32\",\"shape\":[-3],\"data_offsets\":[0,12]}}",
                "{\"frac\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,6]}}",
                "{\"exp\":{\"dtype\":\"F32\",\"shape\":[1e30],\"data_offsets\":[0,48]}}",
                "{\"text\":{\"dtype\":\"F32\",\"shape\":[\"12\"],\"data_offsets\":[0,48]}}",
                "{\"deep\":{\"dtype\":\"U8\",\"shape\":[1,1,1,1,1,1,1,1,1,48],\"data_offsets\":[0,48]}}",
                "{\"long\":{\"dtype\":\"U8\",\"shape\":[" + "0".repeat(40) + "48],\"data_offsets\":[0,48]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F32\",\"shape\":[8],\"data_offsets\":[-16,16]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F32\",\"shape\":[8],\"data_offsets\":[8,40]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F32\",\"shape\":[7],\"data_offsets\":[20,48]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F32\",\"shape\":[8],\"data_offsets\":[32,0]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F32\",\"shape\":[8],\"data_offsets\":[16,48,64]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F32\",\"shape\":[9],\"data_offsets\":[16,52]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F33\",\"shape\":[8],\"data_offsets\":[16,48]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F16\",\"shape\":[8],\"data_offsets\":[16,48]}}",
                "{" + ok + ",\"b\":{\"dtype\":7,\"shape\":[8],\"data_offsets\":[16,48]}}",
                "{" + ok + ",\"b\":{\"shape\":[8],\"data_offsets\":[16,48]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F32\",\"data_offsets\":[16,48]}}",
                "{" + ok + ",\"b\":[16,48]}",
                "{" + ok + ",\"__metadata__\":{\"n\":3}}",
                "{" + ok + ",\"__metadata__\":[1]}",
                "{" + ok + "," + ok + "}",
                "{" + ok + "}",
                "[" + ok + "]",
                "{" + ok + ",\"b\":" + "[".repeat(5000) + "}",
                "{" + ok + ",\"b\":NaN}",
                "{'a':{'dtype':'F32','shape':[12],'data_offsets':[0,48]}}",
                "{" + ok + ",\"b\":{\"dtype\":\"F32\",\"shape\":[8],\"data_offsets\":[16,48]}} trailing",
                "");
    }

    private void refusedWithNaN(byte[] good) {
        byte[] bad = good.clone();
        long headerLength = ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        int at = 8 + (int) headerLength + 4 * random.nextInt(12);
        ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putFloat(at, random.nextBoolean() ? Float.NaN
                : random.nextBoolean() ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY);
        String message = refused(bad, "nan.safetensors");
        if (!message.contains("NaN")) {
            throw new AssertionError("a NaN weight was refused without saying so: " + message);
        }
    }

    private void npz() throws IOException {
        for (boolean stored : new boolean[] {true, false}) {
            byte[] good = HostileFiles.npz(random, stored);
            if (read(good, "good.npz").size() != 2) {
                throw new AssertionError("the well-formed archive lost arrays");
            }
            for (int length = 0; length < good.length; length++) {
                // an archive cut after its last array but before the zip directory still holds every array
                readOrRefused(Arrays.copyOf(good, length), "cut.npz");
            }
            for (int trial = 0; trial < BIT_FLIP_TRIALS / 3; trial++) {
                readOrRefused(flipBits(good), "flipped.npz");
            }
            for (Map.Entry<String, byte[]> hostile : hostileArrays().entrySet()) {
                refused(HostileFiles.zip(Map.of(hostile.getKey(), hostile.getValue()), stored), "hostile.npz");
            }
        }
        byte[] zeros = new byte[4 << 20];
        refused(HostileFiles.zip(Map.of("bomb.npy", HostileFiles.npy("|u1", "1000000000,", false, zeros)), false),
                "bomb.npz");
    }

    private Map<String, byte[]> hostileArrays() {
        byte[] twelve = HostileFiles.floats(random, 12);
        Map<String, byte[]> arrays = new LinkedHashMap<>();
        arrays.put("huge.npy", HostileFiles.npy("<f4", "100000, 100000", false, twelve));
        arrays.put("overflow.npy", HostileFiles.npy("<f8", "4294967296, 4294967296", false, twelve));
        arrays.put("short.npy", HostileFiles.npy("<f4", "13,", false, twelve));
        arrays.put("long.npy", HostileFiles.npy("<f4", "11,", false, twelve));
        arrays.put("fortran.npy", HostileFiles.npy("<f4", "3, 4", true, twelve));
        arrays.put("big-endian.npy", HostileFiles.npy(">f4", "12,", false, twelve));
        arrays.put("object.npy", HostileFiles.npy("|O", "12,", false, twelve));
        arrays.put("negative.npy", HostileFiles.npy("<f4", "-12,", false, twelve));
        arrays.put("weights.txt", twelve);
        arrays.put(".npy", HostileFiles.npy("<f4", "12,", false, twelve));
        byte[] nan = twelve.clone();
        ByteBuffer.wrap(nan).order(ByteOrder.LITTLE_ENDIAN).putFloat(8, Float.NaN);
        arrays.put("nan.npy", HostileFiles.npy("<f4", "12,", false, nan));
        byte[] version = HostileFiles.npy("<f4", "12,", false, twelve);
        version[6] = 9;
        arrays.put("version.npy", version);
        return arrays;
    }

    private byte[] flipBits(byte[] good) {
        byte[] flipped = good.clone();
        for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
            int at = random.nextInt(flipped.length);
            flipped[at] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
    }

    private Map<String, NDArray> read(byte[] bytes, String name) throws IOException {
        cases++;
        try (NDManager scratch = manager.newSubManager()) {
            Map<String, NDArray> arrays = WeightFile.read(scratch, bytes, name);
            for (NDArray array : arrays.values()) {
                if (array.getShape().size() != 0 && array.getDataType().isFloating()
                        && !array.isInfinite().logicalOr(array.isNaN()).none().getBoolean()) {
                    throw new AssertionError(name + ": a NaN or infinite weight was read without complaint");
                }
            }
            return Map.copyOf(arrays);
        }
    }

    private void readOrRefused(byte[] bytes, String name) {
        try {
            read(bytes, name);
        } catch (IOException e) {
            namesTheFile(e, name);
        }
    }

    private String refused(byte[] bytes, String name) {
        try {
            read(bytes, name);
        } catch (IOException e) {
            namesTheFile(e, name);
            return e.getMessage();
        }
        throw new AssertionError(name + " (" + bytes.length + " bytes) was read but should have been refused: "
                + new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1));
    }

    private void refusedFromFile(byte[] bytes, String name) throws IOException {
        cases++;
        Path file = Files.write(folder.resolve(name), bytes);
        try (NDManager scratch = manager.newSubManager()) {
            WeightFile.read(scratch, file);
            throw new AssertionError(name + " was read from disk but should have been refused");
        } catch (IOException e) {
            namesTheFile(e, name);
        } finally {
            Files.delete(file);
        }
    }

    private static void namesTheFile(IOException e, String name) {
        if (e.getMessage() == null || !e.getMessage().contains(name) || e.getMessage().contains("\n")) {
            throw new AssertionError("the refusal of " + name + " should be one line naming it: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            if (folder != null) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
