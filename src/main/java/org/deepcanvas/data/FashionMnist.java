package org.deepcanvas.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.deepcanvas.image.ArgbImage;

/**
 * Fashion-MNIST images (28 x 28 grey, values 0..1) with their labels 0..9.
 *
 * <p>{@code pixels} holds all images one after another, {@link #PIXELS_PER_IMAGE} floats each,
 * so it can be handed to a tensor in one copy; treat it as read-only.
 */
public record FashionMnist(int count, float[] pixels, int[] labels) {
    public static final int SIDE = 28;
    public static final int PIXELS_PER_IMAGE = SIDE * SIDE;
    public static final List<String> CLASS_NAMES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** Where the bundled subset lives on the classpath. */
    public static final String BUNDLED = "/assets/fashion-mnist/";
    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;

    public FashionMnist {
        if (pixels.length != count * PIXELS_PER_IMAGE || labels.length != count) {
            throw new IllegalArgumentException("expected " + count + " images and labels, got "
                    + pixels.length / PIXELS_PER_IMAGE + " images and " + labels.length + " labels");
        }
    }

    /** The bundled training subset: the first 10,000 of the 60,000 training images. */
    public static FashionMnist train() throws IOException {
        return bundled("train-10k");
    }

    /** The bundled test set: all 10,000 test images. */
    public static FashionMnist test() throws IOException {
        return bundled("t10k");
    }

    /** Reads gzipped IDX image and label streams, validating magic numbers and sizes. */
    public static FashionMnist read(InputStream imagesGz, InputStream labelsGz) throws IOException {
        try (DataInputStream images = new DataInputStream(new GZIPInputStream(imagesGz));
                DataInputStream labels = new DataInputStream(new GZIPInputStream(labelsGz))) {
            float[] pixels = readImages(images);
            int[] labelValues = readLabels(labels);
            int count = labelValues.length;
            if (pixels.length != count * PIXELS_PER_IMAGE) {
                throw new IOException("the images file holds " + pixels.length / PIXELS_PER_IMAGE
                        + " images but the labels file holds " + count + " labels");
            }
            return new FashionMnist(count, pixels, labelValues);
        }
    }

    /** The label (0..9) of image {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** The class name of image {@code i}, e.g. "Sneaker". */
    public String className(int i) {
        return CLASS_NAMES.get(labels[i]);
    }

    /** A copy of image {@code i}'s 784 pixels, values 0..1 (0 = black background). */
    public float[] imagePixels(int i) {
        float[] one = new float[PIXELS_PER_IMAGE];
        System.arraycopy(pixels, i * PIXELS_PER_IMAGE, one, 0, PIXELS_PER_IMAGE);
        return one;
    }

    /** Image {@code i} as an opaque grey 28 x 28 ARGB image. */
    public ArgbImage image(int i) {
        int[] argb = new int[PIXELS_PER_IMAGE];
        int offset = i * PIXELS_PER_IMAGE;
        for (int p = 0; p < PIXELS_PER_IMAGE; p++) {
            int grey = Math.round(pixels[offset + p] * 255f);
            argb[p] = 0xFF000000 | grey << 16 | grey << 8 | grey;
        }
        return new ArgbImage(SIDE, SIDE, argb);
    }

    private static FashionMnist bundled(String prefix) throws IOException {
        String imagesPath = BUNDLED + prefix + "-images-idx3-ubyte.gz";
        String labelsPath = BUNDLED + prefix + "-labels-idx1-ubyte.gz";
        try (InputStream images = openResource(imagesPath);
                InputStream labels = openResource(labelsPath)) {
            return read(images, labels);
        } catch (IOException e) {
            throw new IOException("cannot read Fashion-MNIST " + prefix + ": " + e.getMessage(), e);
        }
    }

    private static InputStream openResource(String path) throws IOException {
        InputStream in = FashionMnist.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("bundled file " + path + " is missing from the classpath");
        }
        return in;
    }

    private static float[] readImages(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != IMAGES_MAGIC) {
            throw new IOException(String.format(
                    "images file has magic number 0x%08X, expected 0x%08X (IDX unsigned-byte images)",
                    magic, IMAGES_MAGIC));
        }
        int count = in.readInt();
        int rows = in.readInt();
        int cols = in.readInt();
        if (rows != SIDE || cols != SIDE || count < 0) {
            throw new IOException("images file claims " + count + " images of " + rows + "x" + cols
                    + " pixels, expected 28x28");
        }
        byte[] raw = readFully(in, (long) count * PIXELS_PER_IMAGE, "images");
        float[] pixels = new float[raw.length];
        for (int p = 0; p < raw.length; p++) {
            pixels[p] = (raw[p] & 0xFF) / 255f;
        }
        return pixels;
    }

    private static int[] readLabels(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != LABELS_MAGIC) {
            throw new IOException(String.format(
                    "labels file has magic number 0x%08X, expected 0x%08X (IDX unsigned-byte labels)",
                    magic, LABELS_MAGIC));
        }
        byte[] raw = readFully(in, in.readInt(), "labels");
        int[] labels = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            labels[i] = raw[i] & 0xFF;
            if (labels[i] >= CLASS_NAMES.size()) {
                throw new IOException("label " + i + " is " + labels[i] + ", expected 0..9");
            }
        }
        return labels;
    }

    private static byte[] readFully(DataInputStream in, long length, String what) throws IOException {
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IOException(what + " file claims an impossible size: " + length + " bytes");
        }
        byte[] raw = new byte[(int) length];
        try {
            in.readFully(raw);
        } catch (EOFException e) {
            throw new IOException(what + " file is truncated: expected " + length + " bytes of data", e);
        }
        return raw;
    }
}
