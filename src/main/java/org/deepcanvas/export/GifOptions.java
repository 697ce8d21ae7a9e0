package org.deepcanvas.export;

import java.util.Objects;

/**
 * How an animated GIF is written.
 *
 * @param frameDelayMs how long each frame shows, 20 ms or more (GIF counts hundredths of a
 *     second, and browsers slow anything faster than 20 ms down to 100 ms)
 * @param plays how many times the animation plays, or {@link #FOREVER}
 * @param scale size factor applied to every frame: above 1 enlarges with crisp pixels
 *     (nearest neighbour), below 1 shrinks by area averaging
 * @param mode speed or quality of the colour reduction to 256 colours per frame
 */
public record GifOptions(int frameDelayMs, int plays, double scale, Mode mode) {
    public static final int FOREVER = 0;

    public enum Mode {
        /** javax.imageio's writer: fast, no dithering, so smooth gradients band. */
        FAST,
        /**
         * Median-cut palette and Floyd-Steinberg dithering (gifencoder): smooth, much
         * slower. The bytes may differ between runs: gifencoder breaks palette ties by
         * object identity.
         */
        QUALITY
    }

    public GifOptions {
        if (frameDelayMs < 20 || frameDelayMs > 655_350) {
            throw new IllegalArgumentException("frame delay must be 20..655350 ms, got " + frameDelayMs);
        }
        if (plays < 0 || plays > 65_536) {
            throw new IllegalArgumentException("plays must be 1..65536, or 0 for forever; got " + plays);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        Objects.requireNonNull(mode, "mode");
    }

    /** 10 frames a second, looping forever, at full size, in quality mode. */
    public static GifOptions defaults() {
        return new GifOptions(100, FOREVER, 1.0, Mode.QUALITY);
    }

    public GifOptions withFrameDelayMs(int delay) {
        return new GifOptions(delay, plays, scale, mode);
    }

    public GifOptions withPlays(int count) {
        return new GifOptions(frameDelayMs, count, scale, mode);
    }

    public GifOptions withScale(double factor) {
        return new GifOptions(frameDelayMs, plays, factor, mode);
    }

    public GifOptions withMode(Mode newMode) {
        return new GifOptions(frameDelayMs, plays, scale, newMode);
    }

    int delayCentiseconds() {
        return Math.round(frameDelayMs / 10f);
    }

    /**
     * Whether the file needs a NETSCAPE2.0 looping block; without one, viewers play the
     * animation once.
     */
    boolean needsLoopBlock() {
        return plays != 1;
    }

    /**
     * The NETSCAPE2.0 loop count: 0 loops forever, N repeats the animation N more times
     * after the first play (how Chrome and Firefox read it).
     */
    int netscapeLoopCount() {
        return plays == FOREVER ? 0 : plays - 1;
    }

    /** The size of a frame after scaling, at least one pixel. */
    int scaled(int size) {
        return (int) Math.max(1, Math.round(size * scale));
    }
}
