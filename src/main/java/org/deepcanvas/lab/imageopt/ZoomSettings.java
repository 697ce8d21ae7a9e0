package org.deepcanvas.lab.imageopt;

/**
 * The fractal zoom that follows the pyramid: every {@code stepsPerFrame} steps the image is
 * zoomed into its centre by {@code factor} and turned by {@code rotationDegrees}
 * (counter-clockwise), then dreamed on. Cropping a border of b pixels from a w-pixel-wide
 * image and resizing it back is a zoom by w / (w - 2b). All live.
 */
public record ZoomSettings(float factor, float rotationDegrees, int stepsPerFrame) {
    /** No zoom: after the pyramid the dream goes on at full size. */
    public static final ZoomSettings NONE = new ZoomSettings(1f, 0f, 5);

    public ZoomSettings {
        if (!(factor >= 0.5f && factor <= 2f)) {
            throw new IllegalArgumentException("zoom factor must be 0.5 to 2, not " + factor);
        }
        if (!(Math.abs(rotationDegrees) <= 45f)) {
            throw new IllegalArgumentException("rotation must be -45 to 45 degrees per frame, not " + rotationDegrees);
        }
        if (stepsPerFrame < 1) {
            throw new IllegalArgumentException("steps per frame must be at least 1, not " + stepsPerFrame);
        }
    }

    /** Whether frames move at all. */
    public boolean active() {
        return factor != 1f || rotationDegrees != 0f;
    }

    public ZoomSettings withFactor(float next) {
        return new ZoomSettings(next, rotationDegrees, stepsPerFrame);
    }

    public ZoomSettings withRotation(float degrees) {
        return new ZoomSettings(factor, degrees, stepsPerFrame);
    }

    public ZoomSettings withStepsPerFrame(int steps) {
        return new ZoomSettings(factor, rotationDegrees, steps);
    }
}
