package org.deepcanvas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presets are saved, listed, loaded and deleted by name, each experiment in its own folder. */
class PresetsTest {
    record Strokes(double learningRate, int batchSize) {}

    @TempDir
    Path root;

    @Test
    void theFirstPresetMakesItsFolderAndComesBackAsSaved() throws Exception {
        Presets presets = new Presets(root.resolve("not-yet-there"));
        assertThat(presets.names("paint")).isEmpty();

        presets.save("bold strokes", Provenance.of("paint", new Strokes(0.02, 77), 7L));
        presets.save("Fine", Provenance.of("paint", new Strokes(0.001, 10), 7L));

        assertThat(presets.names("paint")).containsExactly("bold strokes", "Fine");
        assertThat(presets.names("autoencode")).isEmpty();
        assertThat(presets.load("paint", "bold strokes").settingsAs(Strokes.class)).isEqualTo(new Strokes(0.02, 77));
        presets.delete("paint", "Fine");
        assertThat(presets.names("paint")).containsExactly("bold strokes");
    }

    @Test
    void aNameThatCouldLeaveTheFolderIsRefused() {
        Presets presets = new Presets(root);
        assertThatThrownBy(() -> presets.save("../escape", Provenance.of("paint", new Strokes(0.02, 77), 7L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
