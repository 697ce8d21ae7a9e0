package org.deepcanvas.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A name typed into a save dialog without its extension gets the one the dialog asked for. */
class DialogPromptsTest {
    @Test
    void theSaveDialogAddsTheMissingExtensionAndKeepsAPresentOne() {
        assertThat(DialogPrompts.withExtension(Path.of("/art/fashion-ae"), "*.safetensors"))
                .isEqualTo(Path.of("/art/fashion-ae.safetensors"));
        assertThat(DialogPrompts.withExtension(Path.of("/art/astronaut-paint-step1200.PNG"), "*.png"))
                .isEqualTo(Path.of("/art/astronaut-paint-step1200.PNG"));
        assertThat(DialogPrompts.withExtension(Path.of("/art/walk.v2"), "*.gif")).isEqualTo(Path.of("/art/walk.v2.gif"));
    }
}
