package org.deepcanvas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** {@link GifOptions.Mode#FAST}: the JDK's GIF writer, per-frame palette, no dithering. */
final class ImageIoGifSink implements GifFrameSink {
    private static final String GIF_FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    private final ImageOutputStream stream;
    private final GifOptions options;
    private boolean first = true;

    ImageIoGifSink(OutputStream out, GifOptions options) throws IOException {
        this.options = options;
        this.stream = new MemoryCacheImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    @Override
    public void add(BufferedImage rgbFrame) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgbFrame), null);
        metadata.mergeTree(GIF_FORMAT, frameMetadata(first && options.needsLoopBlock()));
        writer.writeToSequence(new IIOImage(rgbFrame, null, metadata), null);
        first = false;
    }

    @Override
    public void finish() throws IOException {
        writer.endWriteSequence();
        stream.flush();
    }

    @Override
    public void close() throws IOException {
        writer.dispose();
        stream.close();
    }

    private IIOMetadataNode frameMetadata(boolean withLoopBlock) {
        IIOMetadataNode root = new IIOMetadataNode(GIF_FORMAT);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(options.delayCentiseconds()));
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (withLoopBlock) {
            int loops = options.netscapeLoopCount();
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, (byte) (loops & 0xFF), (byte) (loops >> 8 & 0xFF)});
            IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
            extensions.appendChild(loop);
            root.appendChild(extensions);
        }
        return root;
    }
}
