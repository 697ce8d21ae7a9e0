package org.deepcanvas.lab.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Test;

class PaintingDataTest {

    @Test
    void oneImageMapsZScoredPositionsToUnitColours() {
        ArgbImage image = new ArgbImage(3, 2, new int[] {0xff000000, 0xffff8000, 0xffffffff, 0, 0, 0});
        PaintingData data = PaintingData.of(List.of(image));

        assertThat(data.inputWidth()).isEqualTo(2);
        assertThat(data.rows()).isEqualTo(6);
        assertThat(meanOfColumn(data.inputs(), 2, 0)).isCloseTo(0, within(1e-6));
        assertThat(meanOfColumn(data.inputs(), 2, 1)).isCloseTo(0, within(1e-6));
        assertThat(deviationOfColumn(data.inputs(), 2, 1)).isCloseTo(1, within(1e-6));
        assertThat(data.colours()).startsWith(0f, 0f, 0f, 1f, 128 / 255f, 0f);
        assertThat(data.decode(data.colours(), data.grid(0)).pixels()).containsExactly(0xff000000, 0xffff8000, 0xffffffff,
                0xff000000, 0xff000000, 0xff000000);
    }

    @Test
    void manyImagesAddTheIndexAndUseSignedColours() {
        ArgbImage white = new ArgbImage(2, 2, new int[] {-1, -1, -1, -1});
        PaintingData data = PaintingData.of(List.of(white, white, white));

        assertThat(data.inputWidth()).isEqualTo(3);
        assertThat(data.rows()).isEqualTo(12);
        assertThat(meanOfColumn(data.inputs(), 3, 2)).isCloseTo(0, within(1e-6));
        assertThat(deviationOfColumn(data.inputs(), 3, 2)).isCloseTo(1, within(1e-6));
        assertThat(data.colours()).containsOnly(1f);
        assertThat(data.inputsAt(1.0, data.grid(0))).hasSize(12);
        assertThat(data.inputsAt(1.0, data.grid(0))[2]).isZero();
    }

    @Test
    void aLargerGridSamplesTheSamePlaneBetweenTheTrainingPixels() {
        PaintingData data = PaintingData.of(List.of(ArgbImage.blank(4, 2)));

        assertThat(data.grid(8)).isEqualTo(new PaintingData.Grid(8, 4));
        assertThat(data.grid(0)).isEqualTo(new PaintingData.Grid(4, 2));
        float[] fine = data.inputsAt(0, data.grid(8));
        float[] coarse = data.inputs();
        assertThat(fine).hasSize(8 * 4 * 2);
        // the corners of the finer grid lie a quarter pixel outside the training pixels' centres
        double columnStep = coarse[3] - coarse[1];
        assertThat((double) fine[1]).isCloseTo(coarse[1] - columnStep / 4, within(1e-6));
        assertThat((double) fine[fine.length - 1]).isCloseTo(coarse[coarse.length - 1] + columnStep / 4, within(1e-6));
        assertThat(meanOfColumn(fine, 2, 1)).isCloseTo(0, within(1e-6));
    }

    @Test
    void refusesImagesOfDifferentSizesOrTooMany() {
        assertThatThrownBy(() -> PaintingData.of(List.of(ArgbImage.blank(2, 2), ArgbImage.blank(3, 2))))
                .hasMessageContaining("same size");
        assertThatThrownBy(() -> PaintingData.of(Collections.nCopies(101, ArgbImage.blank(2, 2))))
                .hasMessageContaining("1 to 100 images, got 101");
    }

    @Test
    void settingsRefuseNonsenseWithAReason() {
        assertThatThrownBy(() -> PaintSettings.DEFAULT.withLearningRate(0)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> PaintSettings.DEFAULT.withBatchSize(0)).hasMessageContaining("batch size");
    }

    private static double meanOfColumn(float[] table, int width, int column) {
        double sum = 0;
        for (int i = column; i < table.length; i += width) {
            sum += table[i];
        }
        return sum / (table.length / width);
    }

    private static double deviationOfColumn(float[] table, int width, int column) {
        double mean = meanOfColumn(table, width, column);
        double sum = 0;
        for (int i = column; i < table.length; i += width) {
            sum += (table[i] - mean) * (table[i] - mean);
        }
        return Math.sqrt(sum / (table.length / width));
    }
}
