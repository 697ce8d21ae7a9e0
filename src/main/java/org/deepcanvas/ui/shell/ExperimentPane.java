package org.deepcanvas.ui.shell;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.Ikon;

/** A built experiment: a titled pane laid out in a BorderPane, exporting its own images. */
public abstract class ExperimentPane implements StudioPane, Exportable {
    /** Controls on the left, canvases in the centre, extra views on the right. */
    protected final BorderPane root = new BorderPane();
    private final String title;
    private final Ikon icon;

    protected ExperimentPane(String title, Ikon icon) {
        this.title = title;
        this.icon = icon;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Ikon icon() {
        return icon;
    }

    @Override
    public final Node view() {
        return root;
    }

    @Override
    public final Optional<Exportable> exportable() {
        return Optional.of(this);
    }
}
