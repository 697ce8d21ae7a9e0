package org.deepcanvas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/** A GIF read back with javax.imageio: its frames, per-frame delays and NETSCAPE loop count. */
record GifReadBack(List<BufferedImage> frames, List<Integer> delaysCentiseconds, Integer netscapeLoopCount) {
    private static final String GIF_FORMAT = "javax_imageio_gif_image_1.0";

    static GifReadBack read(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in, false, false);
            List<BufferedImage> frames = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            Integer loopCount = null;
            int count = reader.getNumImages(true);
            for (int i = 0; i < count; i++) {
                frames.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(GIF_FORMAT);
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(control.getAttribute("delayTime")));
                var extensions = root.getElementsByTagName("ApplicationExtension");
                for (int e = 0; e < extensions.getLength(); e++) {
                    IIOMetadataNode extension = (IIOMetadataNode) extensions.item(e);
                    if (extension.getAttribute("applicationID").equals("NETSCAPE")) {
                        byte[] data = (byte[]) extension.getUserObject();
                        loopCount = (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
                    }
                }
            }
            reader.dispose();
            return new GifReadBack(frames, delays, loopCount);
        }
    }
}
