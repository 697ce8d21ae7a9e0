package org.deepcanvas.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.deepcanvas.image.ArgbImage;

/**
 * Writes frames as an animated GIF, the one GIF writer every pane and command uses. The
 * file appears only when complete: a failure or a cancel leaves no file behind and an
 * existing one untouched. Call it off the UI thread; it reports progress per frame.
 */
public final class GifWriter {
    /** GIF has no partial transparency: translucent pixels are blended onto this. */
    private static final Color BACKGROUND = Color.WHITE;
    /** Far below GIF's own 65535 limit: a frame in quality mode takes ~60 bytes a pixel. */
    public static final int MAX_SIDE = 4096;

    private GifWriter() {}

    /**
     * @throws IllegalArgumentException if there are no frames or they differ in size
     * @throws CancellationException if the monitor cancels (or the thread is interrupted)
     */
    public static void write(List<ArgbImage> frames, Path target, GifOptions options, ExportMonitor monitor)
            throws IOException {
        requireSameSize(frames);
        requireFits(frames.get(0).width(), frames.get(0).height(), options);
        int width = options.scaled(frames.get(0).width());
        int height = options.scaled(frames.get(0).height());
        AtomicFiles.write(target, out -> {
            try (GifFrameSink sink = options.mode() == GifOptions.Mode.FAST
                    ? new ImageIoGifSink(out, options)
                    : new GifEncoderSink(out, width, height, options)) {
                for (int i = 0; i < frames.size(); i++) {
                    if (monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("GIF export to " + target + " cancelled");
                    }
                    sink.add(opaqueFrame(frames.get(i), width, height));
                    monitor.progress(i + 1, frames.size());
                }
                sink.finish();
            }
        });
    }

    /**
     * Checks, before the frames exist, that frames of this size can be written at the
     * options' scale.
     *
     * @throws IllegalArgumentException if a scaled side would exceed {@link #MAX_SIDE}
     */
    public static void requireFits(int frameWidth, int frameHeight, GifOptions options) {
        int width = options.scaled(frameWidth);
        int height = options.scaled(frameHeight);
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("GIF frames can be at most " + MAX_SIDE + " pixels wide and high;"
                    + " at scale " + options.scale() + " these would be " + width + "x" + height
                    + ", choose a smaller scale");
        }
    }

    private static void requireSameSize(List<ArgbImage> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a GIF needs at least one frame");
        }
        ArgbImage first = frames.get(0);
        for (int i = 1; i < frames.size(); i++) {
            ArgbImage frame = frames.get(i);
            if (frame.width() != first.width() || frame.height() != first.height()) {
                throw new IllegalArgumentException("all frames of a GIF must have the same size: frame " + (i + 1)
                        + " is " + frame.width() + "x" + frame.height() + ", the first is "
                        + first.width() + "x" + first.height());
            }
        }
    }

    /** The frame at the GIF's size, as opaque RGB. */
    private static BufferedImage opaqueFrame(ArgbImage frame, int width, int height) {
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            Image source = frame.toBufferedImage();
            if (width < frame.width() || height < frame.height()) {
                source = source.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
