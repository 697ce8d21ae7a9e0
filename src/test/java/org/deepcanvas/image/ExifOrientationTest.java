package org.deepcanvas.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExifOrientationTest {
    /*
     * The 3x2 image      a b c
     *                    d e f
     * seen upright after each EXIF orientation, row by row.
     */
    private static final ArgbImage STORED = new ArgbImage(3, 2, new int[] {'a', 'b', 'c', 'd', 'e', 'f'});

    @Test
    void turnsAndFlipsLikeTheExifStandardSays() {
        assertUpright(1, 3, "abcdef");
        assertUpright(2, 3, "cbafed");
        assertUpright(3, 3, "fedcba");
        assertUpright(4, 3, "defabc");
        assertUpright(5, 2, "adbecf");
        assertUpright(6, 2, "daebfc");
        assertUpright(7, 2, "fcebda");
        assertUpright(8, 2, "cfbead");
    }

    @Test
    void readsNoOrientationFromFilesWithoutExif() {
        assertThat(ExifOrientation.read(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEqualTo(1);
        assertThat(ExifOrientation.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2}))
                .isEqualTo(1);
    }

    @Test
    void loadsAPortraitPhoneJpegUpright(@TempDir Path dir) throws Exception {
        // stored sideways: red on the left, blue on the right; orientation 6 turns it clockwise
        BufferedImage stored = ImageCorpus.solid(40, 20, Color.BLUE);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.dispose();
        Path file = ImageCorpus.withExifOrientation(
                ImageCorpus.write(stored, "jpg", dir.resolve("portrait.jpg")), 6);
        assertThat(ExifOrientation.read(Files.readAllBytes(file))).isEqualTo(6);

        LoadedImage loaded = ImageLoader.load(file, 20);

        assertThat(loaded.originalWidth()).isEqualTo(20);
        assertThat(loaded.originalHeight()).isEqualTo(40);
        assertThat(loaded.image().width()).isEqualTo(20);
        assertThat(redness(loaded.image().argb(10, 5))).as("top is red").isGreaterThan(200);
        assertThat(redness(loaded.image().argb(10, 35))).as("bottom is blue").isLessThan(50);
    }

    private static void assertUpright(int orientation, int width, String rows) {
        ArgbImage upright = ExifOrientation.upright(STORED, orientation);
        StringBuilder seen = new StringBuilder();
        for (int p : upright.pixels()) {
            seen.append((char) p);
        }
        assertThat(upright.width()).as("width for %d", orientation).isEqualTo(width);
        assertThat(seen).as("orientation %d", orientation).hasToString(rows);
    }

    private static int redness(int argb) {
        return (argb >> 16) & 0xFF;
    }
}
