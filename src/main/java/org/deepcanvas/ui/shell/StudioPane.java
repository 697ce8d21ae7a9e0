package org.deepcanvas.ui.shell;

import java.util.Optional;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One experiment of the studio as the shell sees it: a name, an icon and a view. */
public interface StudioPane {
    String title();

    Ikon icon();

    Node view();

    /** What File > Export image… and Export GIF… write while this pane is shown. */
    default Optional<Exportable> exportable() {
        return Optional.empty();
    }

    /** What opening or dropping a result PNG of this pane's experiment restores. */
    default Optional<Restorable> restorable() {
        return Optional.empty();
    }

    /** What the Run menu starts, pauses and stops while this pane is shown. */
    default Optional<RunControls> runControls() {
        return Optional.empty();
    }
}
