package org.deepcanvas.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;

/** One GIF encoder: takes opaque RGB frames of the final size, in order. */
interface GifFrameSink extends Closeable {
    void add(BufferedImage rgbFrame) throws IOException;

    /** Writes the trailer; the stream then holds a complete GIF. */
    void finish() throws IOException;
}
