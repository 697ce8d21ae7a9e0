package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;

/** Operations on images (1, C, H, W) on the device; all of them are differentiable. */
public final class ImageFilters {
    /** DJL's interpolation modes (see PtNDArrayEx): 1 is bilinear, 2 is area averaging. */
    private static final int BILINEAR = 1;
    private static final int AREA = 2;

    private ImageFilters() {}

    /**
     * The image shifted {@code down} rows and {@code right} columns, wrapping around, like
     * numpy's roll: what leaves one edge comes back at the other, so no pixel is lost.
     */
    public static NDArray roll(NDArray image, int down, int right) {
        return rollAxis(rollAxis(image, 2, down), 3, right);
    }

    private static NDArray rollAxis(NDArray image, int axis, int shift) {
        long size = image.getShape().get(axis);
        long split = Math.floorMod(-(long) shift, size);
        if (split == 0) {
            return image;
        }
        String head = axis == 2 ? ":, :, {}:" : ":, :, :, {}:";
        String tail = axis == 2 ? ":, :, :{}" : ":, :, :, :{}";
        return NDArrays.concat(new NDList(image.get(head, split), image.get(tail, split)), axis);
    }

    /** The image at height x width: area averaging when it shrinks (no aliasing), bilinear otherwise. */
    public static NDArray resize(NDArray image, int height, int width) {
        long h = image.getShape().get(2);
        long w = image.getShape().get(3);
        if (h == height && w == width) {
            return image;
        }
        int mode = height <= h && width <= w ? AREA : BILINEAR;
        return image.getNDArrayInternal().interpolation(new long[] {height, width}, mode, false);
    }

    /** Overwrites {@code target} with {@code source} (same shape) in place, on the device. */
    public static void assign(NDArray target, NDArray source) {
        target.set(new NDIndex(":"), source);
    }
}
