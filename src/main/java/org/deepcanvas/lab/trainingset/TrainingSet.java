package org.deepcanvas.lab.trainingset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Resize;
import org.deepcanvas.nn.ImageShape;

/**
 * The images a generative model (autoencoder, GAN, VAE-GAN) trains on and the held-out
 * images it is shown and judged on, as planar floats (C x H x W per image, 0..1). Labels,
 * when known, colour the latent scatter and define attribute directions.
 *
 * @param shape the size of every image
 * @param train training images, one after another
 * @param test held-out images, one after another
 * @param testLabels the class of each test image, or an empty array when unlabelled
 * @param classNames names of the classes, empty when unlabelled
 */
public record TrainingSet(
        ImageShape shape, float[] train, float[] test, int[] testLabels, List<String> classNames) {
    public static final int MIN_SIDE = 28;
    public static final int MAX_SIDE = 64;

    public TrainingSet {
        if (train.length == 0 || train.length % shape.values() != 0 || test.length % shape.values() != 0) {
            throw new IllegalArgumentException("image data does not hold whole " + shape + " images");
        }
        if (test.length == 0) {
            throw new IllegalArgumentException("at least one test image is needed for the previews");
        }
        if (testLabels.length != 0 && testLabels.length != test.length / shape.values()) {
            throw new IllegalArgumentException("expected one label per test image");
        }
        classNames = List.copyOf(classNames);
    }

    /** The bundled Fashion-MNIST subset: 10,000 training and 10,000 labelled test images. */
    public static TrainingSet fashionMnist() throws IOException {
        FashionMnist train = FashionMnist.train();
        FashionMnist test = FashionMnist.test();
        return new TrainingSet(new ImageShape(1, FashionMnist.SIDE, FashionMnist.SIDE),
                train.pixels(), test.pixels(), test.labels(), FashionMnist.CLASS_NAMES);
    }

    /**
     * The user's images, centre-cropped to squares and resized to {@code side} (28..64), grey
     * or colour. One in ten (seeded choice) is held out for the previews; with fewer than ten
     * images all of them serve both roles.
     */
    public static TrainingSet fromImages(List<ArgbImage> images, int side, boolean colour, long seed) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("the dataset has no images");
        }
        checkSide(side);
        ImageShape shape = new ImageShape(colour ? 3 : 1, side, side);
        List<ArgbImage> shuffled = new ArrayList<>(images);
        Collections.shuffle(shuffled, new Random(seed));
        int testCount = shuffled.size() < 10 ? shuffled.size() : shuffled.size() / 10;
        int trainStart = shuffled.size() < 10 ? 0 : testCount;
        float[] test = pack(shuffled.subList(0, testCount), shape);
        float[] train = pack(shuffled.subList(trainStart, shuffled.size()), shape);
        return new TrainingSet(shape, train, test, new int[0], List.of());
    }

    /**
     * The same images at {@code side} x {@code side} (28..64; Fashion-MNIST for a 32 or 64 px
     * GAN), labels kept; this set itself when it already has that size.
     */
    public TrainingSet resized(int side) {
        checkSide(side);
        if (shape.width() == side && shape.height() == side) {
            return this;
        }
        ImageShape target = new ImageShape(shape.channels(), side, side);
        return new TrainingSet(target, resize(train, target), resize(test, target), testLabels, classNames);
    }

    public int trainCount() {
        return train.length / shape.values();
    }

    public int testCount() {
        return test.length / shape.values();
    }

    public boolean labelled() {
        return testLabels.length > 0;
    }

    /** Test image {@code i} as an ARGB image (for pickers and scatter thumbnails). */
    public ArgbImage testImage(int i) {
        return ImageTensors.read(test, i * shape.values(), shape);
    }

    /** The pixels of {@code count} test images from {@code first} on, one after another. */
    public float[] testPixels(int first, int count) {
        float[] out = new float[count * shape.values()];
        System.arraycopy(test, first * shape.values(), out, 0, out.length);
        return out;
    }

    private float[] resize(float[] values, ImageShape target) {
        return pack(ImageTensors.readAll(values, shape), target);
    }

    private static void checkSide(int side) {
        if (side < MIN_SIDE || side > MAX_SIDE) {
            throw new IllegalArgumentException("image side must be " + MIN_SIDE + ".." + MAX_SIDE + ", got " + side);
        }
    }

    private static float[] pack(List<ArgbImage> images, ImageShape shape) {
        float[] values = new float[images.size() * shape.values()];
        for (int i = 0; i < images.size(); i++) {
            ImageTensors.write(Resize.squareThumbnail(images.get(i), shape.width()), shape, values, i * shape.values());
        }
        return values;
    }
}
