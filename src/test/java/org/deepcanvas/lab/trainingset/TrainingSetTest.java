package org.deepcanvas.lab.trainingset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.nn.ImageShape;
import org.junit.jupiter.api.Test;

class TrainingSetTest {
    private static ArgbImage solid(int width, int height, int argb) {
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, argb);
        return new ArgbImage(width, height, pixels);
    }

    @Test
    void colourImagesArePlanarAndRoundTripThroughArgb() {
        ImageShape shape = new ImageShape(3, 4, 4);
        float[] values = new float[shape.values()];

        ImageTensors.write(solid(4, 4, 0xFFFF8000), shape, values, 0);

        assertThat(values[0]).isEqualTo(1f);
        assertThat(values[16]).isCloseTo(128 / 255f, within(1e-6f));
        assertThat(values[32]).isEqualTo(0f);
        assertThat(ImageTensors.read(values, 0, shape).argb(2, 3)).isEqualTo(0xFFFF8000);
    }

    @Test
    void greyImagesUseLuminance() {
        ImageShape shape = new ImageShape(1, 4, 4);
        float[] values = new float[shape.values()];

        ImageTensors.write(solid(4, 4, 0xFF00FF00), shape, values, 0);

        assertThat(values[5]).isCloseTo(0.587f, within(1e-6f));
        assertThat(ImageTensors.read(values, 0, shape).argb(0, 0)).isEqualTo(0xFF969696);
    }

    @Test
    void userImagesAreSquaredResizedAndOneInTenHeldOut() {
        List<ArgbImage> images = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            images.add(solid(60 + i, 40, 0xFF000000 | i * 8));
        }

        TrainingSet data = TrainingSet.fromImages(images, 28, false, 3);

        assertThat(data.shape()).isEqualTo(new ImageShape(1, 28, 28));
        assertThat(data.trainCount()).isEqualTo(27);
        assertThat(data.testCount()).isEqualTo(3);
        assertThat(data.labelled()).isFalse();
        assertThat(data.testImage(0).width()).isEqualTo(28);
    }

    @Test
    void fewImagesServeAsBothTrainingAndTestImages() {
        TrainingSet data = TrainingSet.fromImages(List.of(solid(30, 30, 0xFF102030)), 30, true, 1);

        assertThat(data.trainCount()).isEqualTo(1);
        assertThat(data.testCount()).isEqualTo(1);
    }

    @Test
    void badDatasetsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> TrainingSet.fromImages(List.of(), 28, false, 1)).hasMessageContaining("no images");
        assertThatThrownBy(() -> TrainingSet.fromImages(List.of(solid(8, 8, 0)), 65, false, 1))
                .hasMessageContaining("28..64");
    }

    @Test
    void fashionMnistHasLabelledTestImages() throws Exception {
        TrainingSet data = TrainingSet.fashionMnist();

        assertThat(data.trainCount()).isEqualTo(10_000);
        assertThat(data.testCount()).isEqualTo(10_000);
        assertThat(data.classNames()).hasSize(10);
    }
}
