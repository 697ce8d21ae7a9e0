package org.deepcanvas.lab.latent;

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
import org.deepcanvas.runtime.HostRead;

/**
 * Looks into a generative network's latent space: the manifold montage, decoding any point
 * (hover), walks between two codes and samples of the prior, for any {@link LatentDecoder};
 * with a {@link LatentEncoder} also the scatter of encoded test images, their principal
 * plane and walks between them. Every method must run on the compute thread (in the
 * studio: {@code JobHandle.call}); each frees its own arrays and returns plain Java values.
 */
public final class LatentExplorer {
    private static final int ENCODE_CHUNK = 1000;
    private static final int DECODE_CHUNK = 256;

    private final LatentDecoder decoder;
    private final LatentEncoder encoder;
    private final NDManager manager;

    /** An explorer of a network with an encoder ({@code encoder} may be null for one without). */
    public LatentExplorer(LatentDecoder decoder, LatentEncoder encoder, NDManager manager) {
        this.decoder = decoder;
        this.encoder = encoder;
        this.manager = manager;
    }

    /** An explorer of a network that only decodes (a GAN's generator). */
    public static LatentExplorer decoderOnly(LatentDecoder decoder, NDManager manager) {
        return new LatentExplorer(decoder, null, manager);
    }

    public int codeSize() {
        return decoder.codeSize();
    }

    /** Whether images can be mapped to codes (scatter, principal plane, walks between images). */
    public boolean canEncode() {
        return encoder != null;
    }

    /** The plane a 2-D code is shown on; for larger codes, its first two dimensions. */
    public LatentPlane defaultPlane() {
        return LatentPlane.axes(codeSize(), 0, Math.min(1, codeSize() - 1));
    }

    /** The codes (the means, for a VAE) of images stored one after another as planar floats. */
    public float[][] encode(float[] images) {
        if (encoder == null) {
            throw new IllegalStateException("this network has no encoder, so images have no codes");
        }
        ImageShape shape = decoder.imageShape();
        int count = images.length / shape.values();
        float[][] codes = new float[count][];
        for (int first = 0; first < count; first += ENCODE_CHUNK) {
            int chunk = Math.min(ENCODE_CHUNK, count - first);
            float[] part = new float[chunk * shape.values()];
            System.arraycopy(images, first * shape.values(), part, 0, part.length);
            try (NDScope ignored = new NDScope()) {
                NDArray batch = manager.create(part, shape.batch(chunk));
                float[] flat = HostRead.floats(encoder.encode(batch));
                for (int i = 0; i < chunk; i++) {
                    codes[first + i] = new float[codeSize()];
                    System.arraycopy(flat, i * codeSize(), codes[first + i], 0, codeSize());
                }
            }
        }
        return codes;
    }

    /** Decodes codes into images, a few hundred at a time. */
    public List<ArgbImage> decode(float[][] codes) {
        List<ArgbImage> images = new ArrayList<>(codes.length);
        for (int first = 0; first < codes.length; first += DECODE_CHUNK) {
            int chunk = Math.min(DECODE_CHUNK, codes.length - first);
            float[] flat = new float[chunk * codeSize()];
            for (int i = 0; i < chunk; i++) {
                if (codes[first + i].length != codeSize()) {
                    throw new IllegalArgumentException("expected codes of size " + codeSize() + ", got "
                            + codes[first + i].length);
                }
                System.arraycopy(codes[first + i], 0, flat, i * codeSize(), codeSize());
            }
            try (NDScope ignored = new NDScope()) {
                NDArray decoded = decoder.decode(manager.create(flat, new Shape(chunk, codeSize())));
                images.addAll(ImageTensors.readAll(HostRead.floats(decoded), decoder.imageShape()));
            }
        }
        return images;
    }

    /** The image at plane position (x, y): what the explorer shows under the mouse. */
    public ArgbImage decodeAt(LatentPlane plane, double x, double y) {
        return decode(new float[][] {plane.code(x, y)}).get(0);
    }

    /**
     * A rows x cols grid over [-radius, radius] on both plane axes, decoded into one montage
     * with 1-px grey borders; y grows upwards, as on the scatter plot.
     */
    public ArgbImage manifold(LatentPlane plane, int rows, int cols, double radius) {
        if (rows < 1 || cols < 1 || rows * cols > 10_000 || !(radius > 0)) {
            throw new IllegalArgumentException("a manifold needs 1..10000 cells and a positive radius");
        }
        float[][] codes = new float[rows * cols][];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                codes[row * cols + col] = plane.code(spread(col, cols, radius), -spread(row, rows, radius));
            }
        }
        return Montage.inColumns(decode(codes), cols).image();
    }

    /** Up to {@code maxPoints} test images (the first ones) projected on the plane, with labels. */
    public List<LatentPoint> scatter(TrainingSet data, LatentPlane plane, int maxPoints) {
        int count = Math.min(maxPoints, data.testCount());
        float[][] codes = encode(data.testPixels(0, count));
        List<LatentPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] xy = plane.project(codes[i]);
            points.add(new LatentPoint(xy[0], xy[1], data.labelled() ? data.testLabels()[i] : -1, i));
        }
        return points;
    }

    /** The plane of the two principal directions of up to {@code maxPoints} encoded test images. */
    public LatentPlane principalPlane(TrainingSet data, int maxPoints) {
        return LatentPlane.principal(encode(data.testPixels(0, Math.min(maxPoints, data.testCount()))));
    }

    /** {@code frames} decoded images walking from one code to another (both ends included). */
    public List<ArgbImage> walk(float[] from, float[] to, int frames, Interpolation interpolation) {
        if (frames < 2) {
            throw new IllegalArgumentException("a walk needs at least 2 frames, got " + frames);
        }
        float[][] codes = new float[frames][];
        for (int i = 0; i < frames; i++) {
            codes[i] = interpolation.between(from, to, i / (double) (frames - 1));
        }
        return decode(codes);
    }

    /** A walk between the codes of two test images. */
    public List<ArgbImage> walkBetween(TrainingSet data, int fromImage, int toImage, int frames,
            Interpolation interpolation) {
        float[][] ends = encode(concat(data.testPixels(fromImage, 1), data.testPixels(toImage, 1)));
        return walk(ends[0], ends[1], frames, interpolation);
    }

    /** Images decoded from codes drawn from the prior N(0, 1): what a VAE or a GAN dreams up. */
    public List<ArgbImage> samplePrior(int count, Random random) {
        return decode(priorCodes(count, random));
    }

    /** {@code count} codes drawn from the prior N(0, 1). */
    public float[][] priorCodes(int count, Random random) {
        float[][] codes = new float[count][codeSize()];
        for (float[] code : codes) {
            for (int i = 0; i < code.length; i++) {
                code[i] = (float) random.nextGaussian();
            }
        }
        return codes;
    }

    private static double spread(int index, int count, double radius) {
        return count == 1 ? 0 : -radius + 2 * radius * index / (count - 1);
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = new float[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
