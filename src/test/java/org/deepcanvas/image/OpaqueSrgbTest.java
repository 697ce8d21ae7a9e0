package org.deepcanvas.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OpaqueSrgbTest {
    @Test
    void copiesEightBitRgbExactlyAsGetRgbWould() {
        BufferedImage bgr = new BufferedImage(37, 23, BufferedImage.TYPE_3BYTE_BGR);
        bgr.createGraphics().drawImage(ImageCorpus.noise(37, 23), 0, 0, null);

        assertThat(OpaqueSrgb.of(bgr).pixels()).containsExactly(ArgbImage.of(bgr).pixels());
    }

    @Test
    void compositesEightBitRgbaOverWhite() {
        BufferedImage abgr = new BufferedImage(9, 9, BufferedImage.TYPE_4BYTE_ABGR);
        Random random = new Random(7);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 9; x++) {
                abgr.setRGB(x, y, random.nextInt());
            }
        }
        int[] expected = ArgbImage.of(abgr).pixels().clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] = OpaqueSrgb.overWhite(expected[i]);
        }

        assertThat(OpaqueSrgb.of(abgr).pixels()).containsExactly(expected);
        assertThat(OpaqueSrgb.overWhite(0x80FF0000)).isEqualTo(0xFFFF7F7F);
    }
}
