package org.deepcanvas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Test;

class FashionMnistTest {

    @Test
    void readsTheBundledTrainingAndTestSets() throws IOException {
        FashionMnist train = FashionMnist.train();
        FashionMnist test = FashionMnist.test();

        assertThat(train.count()).isEqualTo(10_000);
        assertThat(test.count()).isEqualTo(10_000);
        assertThat(train.pixels()).hasSize(10_000 * 784);
        // the published label order of the training set starts 9 0 0 3 0 2 7 2 5 5
        assertThat(Arrays.copyOf(train.labels(), 10)).containsExactly(9, 0, 0, 3, 0, 2, 7, 2, 5, 5);
        assertThat(train.className(0)).isEqualTo("Ankle boot");
        // the test set is balanced: 1,000 of each class
        int[] perClass = new int[10];
        for (int label : test.labels()) {
            perClass[label]++;
        }
        assertThat(perClass).containsOnly(1000);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : train.pixels()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertThat(min).isEqualTo(0f);
        assertThat(max).isEqualTo(1f);
    }

    @Test
    void exposesOneImageAsPixelsAndAsArgb() throws IOException {
        FashionMnist data = read(idxImages(2, 28, 28, 2), idxLabels(7, 3));

        assertThat(data.count()).isEqualTo(2);
        assertThat(data.label(1)).isEqualTo(3);
        assertThat(data.className(1)).isEqualTo("Dress");
        float[] second = data.imagePixels(1);
        assertThat(second).hasSize(784);
        assertThat(second[0]).isEqualTo(pixelValue(1, 0) / 255f);
        ArgbImage image = data.image(1);
        int grey = pixelValue(1, 5);
        assertThat(image.width()).isEqualTo(28);
        assertThat(image.argb(5, 0)).isEqualTo(0xFF000000 | grey << 16 | grey << 8 | grey);
    }

    @Test
    void rejectsAWrongMagicNumberClearly() {
        assertThatThrownBy(() -> read(idxLabels(1, 2), idxLabels(1, 2)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("magic number 0x00000801, expected 0x00000803");
    }

    @Test
    void rejectsWrongImageSize() {
        assertThatThrownBy(() -> read(idxImages(2, 32, 32, 2), idxLabels(1, 2)))
                .hasMessageContaining("2 images of 32x32 pixels, expected 28x28");
    }

    @Test
    void rejectsTruncatedData() {
        assertThatThrownBy(() -> read(idxImages(5, 28, 28, 2), idxLabels(1, 2, 3, 4, 5)))
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsImageAndLabelCountsThatDisagree() {
        assertThatThrownBy(() -> read(idxImages(2, 28, 28, 2), idxLabels(1, 2, 3)))
                .hasMessageContaining("holds 2 images but the labels file holds 3 labels");
    }

    @Test
    void rejectsLabelsOutsideTheTenClasses() {
        assertThatThrownBy(() -> read(idxImages(1, 28, 28, 1), idxLabels(10)))
                .hasMessageContaining("expected 0..9");
    }

    private static FashionMnist read(byte[] images, byte[] labels) throws IOException {
        try (InputStream i = new ByteArrayInputStream(images); InputStream l = new ByteArrayInputStream(labels)) {
            return FashionMnist.read(i, l);
        }
    }

    private static int pixelValue(int image, int p) {
        return (image * 31 + p * 7) % 256;
    }

    /** An IDX image file claiming {@code claimed} images but holding {@code actual}. */
    private static byte[] idxImages(int claimed, int rows, int cols, int actual) throws IOException {
        return gzip(out -> {
            out.writeInt(0x00000803);
            out.writeInt(claimed);
            out.writeInt(rows);
            out.writeInt(cols);
            for (int i = 0; i < actual; i++) {
                for (int p = 0; p < rows * cols; p++) {
                    out.writeByte(pixelValue(i, p));
                }
            }
        });
    }

    private static byte[] idxLabels(int... labels) throws IOException {
        return gzip(out -> {
            out.writeInt(0x00000801);
            out.writeInt(labels.length);
            for (int label : labels) {
                out.writeByte(label);
            }
        });
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] gzip(Writer writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            writer.write(out);
        }
        return bytes.toByteArray();
    }
}
