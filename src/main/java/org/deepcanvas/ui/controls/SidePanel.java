package org.deepcanvas.ui.controls;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Small builders for the control panels on the left of every pane, so they look alike. */
public final class SidePanel {
    private SidePanel() {}

    public static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    /**
     * A side panel that scrolls when the window is too short for it. The content keeps
     * {@code width} whether or not the scroll bar shows: the bar is given its own room
     * (a short window would otherwise squeeze the content and clip its buttons). A
     * positive minimum viewport height is what makes ScrollPane count the bar in its width.
     */
    public static ScrollPane scrolling(Node content, double width) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(width);
        scroll.setMinViewportHeight(1);
        return scroll;
    }

    /** A label on the left and a control on the right, on one line. */
    public static HBox row(String text, Node control) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, new Label(text), gap, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    public static Spinner<Integer> spinner(int min, int max, int initial, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, initial, step);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        return spinner;
    }

    public static <T> ComboBox<T> choice(T[] options, T initial) {
        return choice(options, initial, String::valueOf);
    }

    /** A drop-down whose options are shown with the given names. */
    public static <T> ComboBox<T> choice(T[] options, T initial, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().addAll(options);
        box.setValue(initial);
        box.setPrefWidth(160);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T option) {
                return option == null ? "" : name.apply(option);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(o -> name.apply(o).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }
}
