package org.deepcanvas.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.deepcanvas.image.ArgbImage;

/** Small PNGs for command tests. */
final class TestImages {
    private TestImages() {}

    /** A 16 x 16 pattern whose colours shift with {@code hue}. */
    static Path pattern(Path file, int hue) throws IOException {
        int[] pixels = new int[16 * 16];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0xff000000 | (i * 7 + hue) % 256 << 16 | (i / 16 * 16) << 8 | hue;
        }
        ImageIO.write(new ArgbImage(16, 16, pixels).toBufferedImage(), "png", file.toFile());
        return file;
    }

    /** {@code count} 48 x 40 pictures of a disc on a background, in seeded random colours. */
    static void shapes(Path directory, int count) throws IOException {
        Random random = new Random(1);
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(48, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(0, 0, 48, 40);
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(20), random.nextInt(16), 20, 20);
            g.dispose();
            ImageIO.write(image, "png", directory.resolve("shape" + i + ".png").toFile());
        }
    }
}
