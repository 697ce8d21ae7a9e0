package org.deepcanvas.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** A folder of small seeded PNGs (a coloured disc on a coloured ground) for commands to train on. */
final class ShapeImages {
    private ShapeImages() {}

    static void write(Path directory, int count) throws IOException {
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
