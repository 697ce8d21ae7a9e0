package org.deepcanvas.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineOpsTest {

    @Test
    void centreSquareKeepsTheMiddleOfWideAndTallImages() {
        ArgbImage wide = numbered(6, 2);
        ArgbImage square = Crop.centreSquare(wide);
        assertThat(square.width()).isEqualTo(2);
        assertThat(square.pixels()).containsExactly(2, 3, 8, 9);

        ArgbImage tall = numbered(2, 5);
        assertThat(Crop.centreSquare(tall).pixels()).containsExactly(2, 3, 4, 5);
    }

    @Test
    void regionOutsideTheImageIsRefused() {
        assertThatThrownBy(() -> Crop.area(numbered(4, 4), new Crop.Area(3, 0, 2, 2)))
                .hasMessage("area 2x2 at 3,0 is outside the 4x4 image");
    }

    @Test
    void shrinkingAveragesTheCoveredPixels() {
        // a 4x4 checkerboard of black and white averages to mid grey at 2x2 and 1x1
        int[] pixels = new int[16];
        for (int i = 0; i < 16; i++) {
            pixels[i] = ((i / 4 + i % 4) % 2 == 0) ? 0xFF000000 : 0xFFFFFFFF;
        }
        ArgbImage checker = new ArgbImage(4, 4, pixels);
        assertThat(Resize.to(checker, 2, 2).pixels()).containsOnly(0xFF808080);
        // 3 -> 2 pixels: the middle pixel is shared half and half
        ArgbImage row = new ArgbImage(3, 1, new int[] {0xFF000000, 0xFF969696, 0xFFFFFFFF});
        ArgbImage two = Resize.to(row, 2, 1);
        assertThat(two.argb(0, 0)).isEqualTo(grey(Math.round((0 + 0.5f * 150) / 1.5f)));
        assertThat(two.argb(1, 0)).isEqualTo(grey(Math.round((0.5f * 150 + 255) / 1.5f)));
    }

    @Test
    void enlargingInterpolatesBetweenNeighbours() {
        ArgbImage row = new ArgbImage(2, 1, new int[] {0xFF000000, 0xFFFFFFFF});
        ArgbImage four = Resize.to(row, 4, 1);
        // output centres map to source x = -0.25 (clamped), 0.25, 0.75, 1.25 (clamped)
        assertThat(four.pixels()).containsExactly(grey(0), grey(64), grey(191), grey(255));
    }

    @Test
    void transparentPixelsDoNotBleedTheirHiddenColour() {
        ArgbImage row = new ArgbImage(2, 1, new int[] {0x00FF0000, 0xFF0000FF});
        assertThat(Resize.to(row, 1, 1).argb(0, 0)).isEqualTo(0x800000FF);
    }

    @Test
    void squareThumbnailIsTheCentreSquareResized() {
        ArgbImage photo = ArgbImage.of(ImageCorpus.noise(90, 60));
        ArgbImage thumb = Resize.squareThumbnail(photo, 32);
        assertThat(thumb.width()).isEqualTo(32);
        assertThat(thumb.height()).isEqualTo(32);
        assertThat(thumb.pixels()).containsExactly(Resize.to(Crop.centreSquare(photo), 32, 32).pixels());
    }

    @Test
    void montageHasGreyBordersAndANearSquareGrid() {
        List<ArgbImage> images = List.of(solid(3, 2, 0xFFFF0000), solid(3, 2, 0xFF00FF00),
                solid(3, 2, 0xFF0000FF), solid(3, 2, 0xFFFFFFFF), solid(3, 2, 0xFF000000));
        Montage montage = Montage.of(images);
        ArgbImage image = montage.image();

        assertThat(montage.columns()).isEqualTo(3);
        assertThat(montage.rows()).isEqualTo(2);
        assertThat(image.width()).isEqualTo(3 * 4 + 1);
        assertThat(image.height()).isEqualTo(2 * 3 + 1);
        for (int x = 0; x < image.width(); x++) {
            assertThat(image.argb(x, 0)).isEqualTo(Montage.BORDER);
            assertThat(image.argb(x, 3)).isEqualTo(Montage.BORDER);
            assertThat(image.argb(x, 6)).isEqualTo(Montage.BORDER);
        }
        assertThat(image.argb(4, 1)).isEqualTo(Montage.BORDER);
        assertThat(image.argb(1, 1)).isEqualTo(0xFFFF0000);
        assertThat(image.argb(5, 1)).isEqualTo(0xFF00FF00);
        assertThat(image.argb(7, 5)).isEqualTo(0xFF000000);
        assertThat(image.argb(10, 5)).as("empty last cell").isEqualTo(Montage.BORDER);
        assertThat(montage.indexAt(5, 1)).isEqualTo(1);
        assertThat(montage.indexAt(7, 5)).isEqualTo(4);
        assertThat(montage.indexAt(10, 5)).isEqualTo(-1);
        assertThat(montage.indexAt(4, 1)).isEqualTo(-1);
    }

    @Test
    void montageShrinksItsCellsToFitAMaximumSide() {
        List<ArgbImage> images = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            images.add(solid(100, 100, 0xFF000000 | i * 20 << 16));
        }

        Montage montage = Montage.of(images, 200);

        // 4 x 3 grid; cells shrink to floor((200 - 1 - 4) / 4) = 48 px
        assertThat(montage.cellWidth()).isEqualTo(48);
        assertThat(montage.cellHeight()).isEqualTo(48);
        assertThat(montage.image().width()).isEqualTo(4 * 49 + 1);
        assertThat(montage.image().height()).isEqualTo(3 * 49 + 1);
        assertThat(montage.image().argb(1 + 49 + 10, 1 + 49 + 10)).isEqualTo(0xFF000000 | 5 * 20 << 16);
        assertThat(montage.indexAt(1 + 49 + 10, 1 + 49 + 10)).isEqualTo(5);
        assertThat(Montage.of(images, 5000).cellWidth()).as("no enlarging").isEqualTo(100);
    }

    @Test
    void montageRefusesMixedSizes() {
        assertThatThrownBy(() -> Montage.of(List.of(solid(2, 2, 0), solid(3, 2, 0))))
                .hasMessageContaining("image 1 is 3x2 but the first is 2x2");
    }

    @Test
    void meanAndStdOfTwoKnownImages() {
        // red channel 0 and 255 -> mean 0.5, std 0.5; green 51 in both -> std 0; blue 0 and 102
        ImageStatistics stats = ImageStatistics.of(List.of(solid(2, 2, 0xFF003300), solid(2, 2, 0xFFFF3366)));

        assertThat(stats.count()).isEqualTo(2);
        assertThat(stats.mean()).hasSize(2 * 2 * 3);
        assertThat(stats.mean()[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(stats.mean()[1]).isCloseTo(0.2f, within(1e-6f));
        assertThat(stats.mean()[2]).isCloseTo(0.2f, within(1e-6f));
        assertThat(stats.std()[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(stats.std()[1]).isCloseTo(0f, within(1e-6f));
        assertThat(stats.std()[2]).isCloseTo(0.2f, within(1e-6f));
        assertThat(stats.meanImage().argb(1, 1)).isEqualTo(0xFF803333);
        // std scaled by its max (0.5): red full, green none, blue 0.2 / 0.5 = 0.4
        assertThat(stats.stdImage().argb(0, 0)).isEqualTo(0xFFFF0066);
    }

    @Test
    void normalisationCentresAndScalesEachPixel() {
        List<ArgbImage> images = List.of(solid(2, 2, 0xFF003300), solid(2, 2, 0xFFFF3366));
        ImageStatistics stats = ImageStatistics.of(images);

        float[] first = stats.normalise(images.get(0));
        assertThat(first[0]).isCloseTo(-1f, within(1e-5f));
        assertThat(first[1]).as("no variation: 0").isEqualTo(0f);
        assertThat(first[2]).isCloseTo(-1f, within(1e-5f));
        // shown on the shared range -1..1: -1 -> 0, 0 -> 128, +1 -> 255
        List<ArgbImage> shown = stats.normalisedImages(images);
        assertThat(shown.get(0).argb(0, 0)).isEqualTo(0xFF008000);
        assertThat(shown.get(1).argb(0, 0)).isEqualTo(0xFFFF80FF);
    }

    @Test
    void identicalImagesHaveABlackStdImage() {
        ImageStatistics stats = ImageStatistics.of(List.of(solid(2, 2, 0xFF123456), solid(2, 2, 0xFF123456)));
        assertThat(stats.stdImage().pixels()).containsOnly(0xFF000000);
        assertThat(stats.normalisedImages(List.of(solid(2, 2, 0xFF123456))).get(0).pixels())
                .containsOnly(0xFF808080);
    }

    private static ArgbImage numbered(int width, int height) {
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i;
        }
        return new ArgbImage(width, height, pixels);
    }

    private static ArgbImage solid(int width, int height, int argb) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, argb);
        return new ArgbImage(width, height, pixels);
    }

    private static int grey(int value) {
        return 0xFF000000 | value << 16 | value << 8 | value;
    }
}
