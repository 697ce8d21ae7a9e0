package org.deepcanvas.lab.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.nn.LayeredNet;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.runtime.HostRead;

/**
 * The embedded Fashion-MNIST classifier as a judge of 28 x 28 grey images (values 0..1):
 * which class each looks like, and the two figures GAN samples are compared by, the
 * Inception score (how confidently and how variedly the classifier names them) and class
 * coverage (how many of the ten classes appear). Compute thread only.
 */
public final class FashionJudge implements AutoCloseable {
    /** A class counts as covered when at least this share of the images are called it. */
    public static final double COVERED_SHARE = 0.01;
    private static final int CHUNK = 500;

    private final LayeredNet classifier;
    private final NDManager manager;

    private FashionJudge(LayeredNet classifier, NDManager manager) {
        this.classifier = classifier;
        this.manager = manager;
    }

    /** Loads the bundled classifier's weights onto {@code manager}'s device. */
    public static FashionJudge load(NDManager manager) throws IOException {
        return new FashionJudge(FashionClassifier.load(manager), manager);
    }

    /** p(class | image) for {@code count} images stored one after another as 28 x 28 pixels. */
    public float[][] probabilities(float[] pixels, int count) {
        float[][] out = new float[count][];
        int classes = FashionMnist.CLASS_NAMES.size();
        for (int first = 0; first < count; first += CHUNK) {
            int chunk = Math.min(CHUNK, count - first);
            float[] part = new float[chunk * FashionMnist.PIXELS_PER_IMAGE];
            System.arraycopy(pixels, first * FashionMnist.PIXELS_PER_IMAGE, part, 0, part.length);
            try (NDScope ignored = new NDScope()) {
                NDArray images = manager.create(part, new Shape(chunk, 1, FashionMnist.SIDE, FashionMnist.SIDE));
                float[] p = HostRead.floats(classifier.logits(classifier.preprocessing().normalize(images)).softmax(1));
                for (int i = 0; i < chunk; i++) {
                    out[first + i] = new float[classes];
                    System.arraycopy(p, i * classes, out[first + i], 0, classes);
                }
            }
        }
        return out;
    }

    /** The most likely class of each image. */
    public static int[] labels(float[][] probabilities) {
        int[] labels = new int[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            int best = 0;
            for (int c = 1; c < probabilities[i].length; c++) {
                best = probabilities[i][c] > probabilities[i][best] ? c : best;
            }
            labels[i] = best;
        }
        return labels;
    }

    /**
     * exp(mean over images of KL(p(y|x) || p(y))): 1 when every image gets the same answer,
     * up to the number of classes when each is named confidently and all classes appear equally.
     */
    public static double inceptionScore(float[][] probabilities) {
        int classes = probabilities[0].length;
        double[] marginal = new double[classes];
        for (float[] p : probabilities) {
            for (int c = 0; c < classes; c++) {
                marginal[c] += p[c] / probabilities.length;
            }
        }
        double divergence = 0;
        for (float[] p : probabilities) {
            for (int c = 0; c < classes; c++) {
                if (p[c] > 0) {
                    divergence += p[c] * (Math.log(p[c]) - Math.log(marginal[c]));
                }
            }
        }
        return Math.exp(divergence / probabilities.length);
    }

    /** How many classes are the most likely class of at least {@link #COVERED_SHARE} of the images. */
    public static int classesCovered(float[][] probabilities) {
        int[] counts = new int[probabilities[0].length];
        for (int label : labels(probabilities)) {
            counts[label]++;
        }
        int covered = 0;
        for (int count : counts) {
            covered += count >= COVERED_SHARE * probabilities.length ? 1 : 0;
        }
        return covered;
    }

    @Override
    public void close() {
        classifier.close();
    }
}
