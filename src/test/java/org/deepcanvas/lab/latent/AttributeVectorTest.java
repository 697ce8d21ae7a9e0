package org.deepcanvas.lab.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeVectorTest {
    private static final List<String> CLASSES = List.of("Sneaker", "Ankle boot", "Bag");

    @Test
    void isTheDifferenceOfTheTwoClassMeans() {
        float[][] codes = {{1, 0}, {3, 2}, {0, 4}, {0, 6}, {9, 9}};
        int[] labels = {0, 0, 1, 1, 2};

        AttributeVector vector = AttributeVector.fromLabels(codes, labels, 0, 1, CLASSES);

        // mean of Sneaker (2, 1) minus mean of Ankle boot (0, 5)
        assertThat(vector.name()).isEqualTo("Sneaker - Ankle boot");
        assertThat(vector.direction()).containsExactly(new float[] {2f, -4f}, within(1e-6f));
        assertThat(vector.applyTo(new float[] {1f, 1f}, 0.5)).containsExactly(new float[] {2f, -1f}, within(1e-6f));
    }

    @Test
    void needsCodesOnBothSides() {
        float[][] codes = {{1, 0}};

        assertThatThrownBy(() -> AttributeVector.fromLabels(codes, new int[] {0}, 0, 2, CLASSES))
                .hasMessageContaining("codes on both sides");
    }
}
