package org.deepcanvas.runtime;

import java.util.List;
import org.deepcanvas.image.ArgbImage;

/**
 * Keeps downscaled copies of a job's frames for the timeline and GIF export, bounded by
 * count and memory; a long run is thinned evenly rather than cut (see ThinningList).
 */
public final class FrameRecorder {

    /**
     * @param maxFrames the most frames kept
     * @param maxSide frames are downscaled so that their longer side is at most this
     * @param maxBytes the most pixel memory kept
     */
    public record Limits(int maxFrames, int maxSide, long maxBytes) {
        public static final Limits DEFAULT = new Limits(300, 256, 64L << 20);

        public Limits {
            if (maxFrames < 2 || maxSide < 1 || maxBytes < 1) {
                throw new IllegalArgumentException("recorder limits too small: " + this);
            }
        }
    }

    private final Limits limits;
    private final ThinningList<Frame> frames;

    public FrameRecorder(Limits limits) {
        this.limits = limits;
        this.frames = new ThinningList<>(limits.maxFrames(), limits.maxBytes(),
                frame -> 4L * frame.image().pixels().length);
    }

    public void record(Frame frame) {
        frames.offer(new Frame(downscale(frame.image(), limits.maxSide()),
                frame.step(), frame.metrics(), frame.elapsedMillis()));
    }

    /** The recorded frames, oldest first. */
    public List<Frame> frames() {
        return frames.snapshot();
    }

    public void clear() {
        frames.clear();
    }

    /** Box-filter downscale by a whole factor, so small paintings stay crisp. */
    static ArgbImage downscale(ArgbImage image, int maxSide) {
        int factor = (Math.max(image.width(), image.height()) + maxSide - 1) / maxSide;
        if (factor <= 1) {
            return new ArgbImage(image.width(), image.height(), image.pixels().clone());
        }
        int w = Math.max(1, image.width() / factor);
        int h = Math.max(1, image.height() / factor);
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = average(image, x * factor, y * factor, factor);
            }
        }
        return new ArgbImage(w, h, out);
    }

    private static int average(ArgbImage image, int x0, int y0, int factor) {
        int a = 0;
        int r = 0;
        int g = 0;
        int b = 0;
        for (int y = y0; y < y0 + factor; y++) {
            for (int x = x0; x < x0 + factor; x++) {
                int p = image.argb(x, y);
                a += p >>> 24;
                r += (p >> 16) & 0xff;
                g += (p >> 8) & 0xff;
                b += p & 0xff;
            }
        }
        int n = factor * factor;
        return (a / n) << 24 | (r / n) << 16 | (g / n) << 8 | b / n;
    }
}
