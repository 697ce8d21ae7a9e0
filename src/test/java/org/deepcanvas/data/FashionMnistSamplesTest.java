package org.deepcanvas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FashionMnistSamplesTest {
    @Test
    void loadsTheFirstTestImagesResizedAndNamedByClass() throws IOException {
        Dataset dataset = FashionMnistSamples.load(new ImportSettings(56, 12));

        assertThat(dataset.entries()).hasSize(12);
        assertThat(dataset.images()).allSatisfy(image -> assertThat(image.width()).isEqualTo(56));
        DatasetEntry first = dataset.entries().get(0);
        assertThat(first.name()).isEqualTo("fashion-00000 (" + FashionMnist.test().className(0) + ")");
        assertThat(first.originalWidth()).isEqualTo(28);
    }
}
