package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.trainingset.ImageTensors;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.runtime.DivergedException;
import org.deepcanvas.runtime.HostRead;

/**
 * The picture being optimised: one image (1, C, H, W) of pixel values 0..1 on the compute
 * device that collects a gradient. It lives on the job's manager, outside every step's
 * NDScope; step rules and filters change it in place through {@link #values()}, a
 * detached alias of the same storage (in-place changes of a leaf that records gradients
 * fail whenever autograd happens to be on).
 */
public final class OptimisedImage implements AutoCloseable {
    private final NDManager manager;
    private NDArray pixels;
    private NDArray values;

    private OptimisedImage(NDManager manager, NDArray pixels) {
        this.manager = manager;
        adopt(pixels);
    }

    /** The picture with {@code channels} channels (grey by luma when 1), on {@code manager}'s device. */
    public static OptimisedImage of(ArgbImage picture, int channels, NDManager manager) {
        ImageShape shape = new ImageShape(channels, picture.height(), picture.width());
        float[] planar = new float[shape.values()];
        ImageTensors.write(picture, shape, planar, 0);
        return fromHost(planar, shape, manager);
    }

    /** A copy of {@code pixels} (1, C, H, W), values 0..1, owned by {@code manager}. */
    public static OptimisedImage of(NDArray pixels, NDManager manager) {
        return new OptimisedImage(manager, pixels);
    }

    /** Mid-grey with a little uniform noise drawn from {@code random} (so a seed repeats it). */
    public static OptimisedImage noise(int width, int height, int channels, Random random, NDManager manager) {
        ImageShape shape = new ImageShape(channels, height, width);
        float[] planar = new float[shape.values()];
        for (int i = 0; i < planar.length; i++) {
            planar[i] = 0.5f + 0.2f * (random.nextFloat() - 0.5f);
        }
        return fromHost(planar, shape, manager);
    }

    private static OptimisedImage fromHost(float[] planar, ImageShape shape, NDManager manager) {
        try (NDArray copied = manager.create(planar, shape.batch(1))) {
            return new OptimisedImage(manager, copied);
        }
    }

    /** The image as autograd sees it: the leaf the gradient flows back to. */
    public NDArray pixels() {
        return pixels;
    }

    /** The same storage outside autograd, for in-place updates. */
    public NDArray values() {
        return values;
    }

    /** The gradient collected so far (zeros before the first backward pass). */
    public NDArray gradient() {
        return pixels.getGradient();
    }

    /** Zeroes the collected gradient in place; gradients otherwise add up over passes. */
    public void zeroGradient() {
        NDArray gradient = pixels.getGradient();
        gradient.subi(gradient);
    }

    public int channels() {
        return (int) pixels.getShape().get(1);
    }

    public int height() {
        return (int) pixels.getShape().get(2);
    }

    public int width() {
        return (int) pixels.getShape().get(3);
    }

    public Shape shape() {
        return pixels.getShape();
    }

    /**
     * Replaces the picture by {@code next} (another size after an octave, a zoomed frame),
     * taking ownership of it; the gradient starts again from zero.
     */
    public void replace(NDArray next) {
        NDArray old = pixels;
        NDArray oldValues = values;
        adopt(next);
        oldValues.close();
        old.close();
    }

    /**
     * The picture on the host. Reading waits for the device, so call it only when a frame
     * is due.
     *
     * @throws DivergedException when a pixel is NaN or infinite (the last good frame stays)
     */
    public ArgbImage toArgb() {
        float[] planar = HostRead.floats(values);
        for (float value : planar) {
            if (!Float.isFinite(value)) {
                throw new DivergedException("the image became " + value + "; lower the step size, then start again");
            }
        }
        return ImageTensors.read(planar, 0, new ImageShape(channels(), height(), width()));
    }

    /** A copy of {@code next} becomes the leaf, so whatever made {@code next} stays out of its history. */
    private void adopt(NDArray next) {
        NDArray owned = next.stopGradient().duplicate();
        owned.attach(manager);
        owned.setRequiresGradient(true);
        NDArray alias = owned.stopGradient();
        alias.attach(manager);
        NDScope.unregister(owned, alias);
        pixels = owned;
        values = alias;
    }

    @Override
    public void close() {
        values.close();
        pixels.close();
    }
}
