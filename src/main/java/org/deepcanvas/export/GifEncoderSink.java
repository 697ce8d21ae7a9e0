package org.deepcanvas.export;

import com.squareup.gifencoder.FloydSteinbergDitherer;
import com.squareup.gifencoder.GifEncoder;
import com.squareup.gifencoder.ImageOptions;
import com.squareup.gifencoder.MedianCutQuantizer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * {@link GifOptions.Mode#QUALITY}: gifencoder's median-cut palette and Floyd-Steinberg
 * dithering, a local palette per frame.
 */
final class GifEncoderSink implements GifFrameSink {
    private static final Object QUANTISER_LOCK = new Object();

    private final GifEncoder encoder;
    private final ImageOptions frameOptions;

    GifEncoderSink(OutputStream out, int width, int height, GifOptions options) throws IOException {
        OutputStream target = options.needsLoopBlock() ? out : new LoopBlockRemover(out);
        this.encoder = new GifEncoder(target, width, height, options.netscapeLoopCount());
        this.frameOptions = new ImageOptions()
                .setColorQuantizer(MedianCutQuantizer.INSTANCE)
                .setDitherer(FloydSteinbergDitherer.INSTANCE)
                // gifencoder truncates milliseconds to hundredths; give it whole hundredths
                .setDelay(options.delayCentiseconds() * 10L, TimeUnit.MILLISECONDS);
    }

    /**
     * One frame at a time in the whole process: gifencoder breaks ties in its palette
     * search with a static, unsynchronised WeakHashMap (ArbitraryComparator), so two
     * exports must not quantise at the same moment.
     */
    @Override
    public void add(BufferedImage rgbFrame) throws IOException {
        int[] rgb = ((DataBufferInt) rgbFrame.getRaster().getDataBuffer()).getData();
        synchronized (QUANTISER_LOCK) {
            encoder.addImage(rgb, rgbFrame.getWidth(), frameOptions);
        }
    }

    @Override
    public void finish() throws IOException {
        encoder.finishEncoding();
    }

    @Override
    public void close() {}

    /**
     * gifencoder always writes a NETSCAPE2.0 block, where even the smallest count means
     * "loop"; a GIF that plays once must have none. The block is the 19 bytes after the
     * 6-byte header and the 7-byte screen descriptor (gifencoder writes no global palette).
     */
    private static final class LoopBlockRemover extends FilterOutputStream {
        private static final long BLOCK_START = 13;
        private static final long BLOCK_END = BLOCK_START + 19;
        private long position;

        LoopBlockRemover(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (position < BLOCK_START || position >= BLOCK_END) {
                out.write(b);
            }
            position++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (position >= BLOCK_END) {
                out.write(bytes, offset, length);
                position += length;
            } else {
                for (int i = 0; i < length; i++) {
                    write(bytes[offset + i]);
                }
            }
        }
    }
}
