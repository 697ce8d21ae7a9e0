package org.deepcanvas.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;

/** An experiment the studio lists but has not built yet: it says so in one line. */
public final class PendingPane implements StudioPane {
    private final String title;
    private final Ikon icon;
    private final Node view;

    public PendingPane(String title, Ikon icon, String whatIsMissing) {
        this.title = title;
        this.icon = icon;
        Label line = new Label(title + " is not built yet: " + whatIsMissing);
        line.getStyleClass().add("pending-line");
        line.setWrapText(true);
        StackPane pane = new StackPane(line);
        pane.setAlignment(Pos.CENTER);
        this.view = pane;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        return view;
    }
}
