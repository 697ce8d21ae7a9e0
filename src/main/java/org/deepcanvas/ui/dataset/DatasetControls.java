package org.deepcanvas.ui.dataset;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.ui.controls.SidePanel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The left panel of the Dataset pane: where images come from, and the crop-and-resize pipeline. */
final class DatasetControls extends VBox {
    /** What the panel's buttons ask for; the pane decides how. */
    interface Actions {
        void addImages();

        void addFolder();

        /** Replaces the dataset with a bundled sample set (asking first when that loses the user's images). */
        void useSamples(DatasetModel.Samples samples);

        /** Empties the dataset (asking first when that loses the user's images). */
        void clear();
    }

    DatasetControls(DatasetModel model, Actions actions) {
        getStyleClass().add("side-panel");
        setPrefWidth(270);
        setMinWidth(250);

        Button addImages = wide(new Button("Add images…", new FontIcon(MaterialDesignI.IMAGE_PLUS)));
        addImages.setOnAction(e -> actions.addImages());
        addImages.setTooltip(new Tooltip("Add image files to the dataset (Ctrl+O)"));
        Button addFolder = wide(new Button("Add folder…", new FontIcon(MaterialDesignF.FOLDER_OPEN)));
        addFolder.setOnAction(e -> actions.addFolder());
        addFolder.setTooltip(new Tooltip("Add every image in a folder and its subfolders (Ctrl+Shift+O)"));
        Label dropHint = SidePanel.hint("…or drop images and folders anywhere on the window.");

        Button photos = wide(new Button("Photos", new FontIcon(MaterialDesignI.IMAGE_MULTIPLE)));
        photos.setId("samples-photos");
        photos.setTooltip(new Tooltip("Eleven CC0 / public-domain photos"));
        photos.setOnAction(e -> actions.useSamples(DatasetModel.Samples.PHOTOS));
        Button fashion = wide(new Button("Fashion-MNIST", new FontIcon(MaterialDesignT.TSHIRT_CREW_OUTLINE)));
        fashion.setTooltip(new Tooltip("Clothing images, 28 x 28, from Zalando Research (MIT)"));
        fashion.setOnAction(e -> actions.useSamples(DatasetModel.Samples.FASHION_MNIST));
        HBox sampleRow = new HBox(8, photos, fashion);

        Button clear = wide(new Button("Clear", new FontIcon(MaterialDesignD.DELETE_OUTLINE)));
        clear.setOnAction(e -> actions.clear());
        clear.setTooltip(new Tooltip("Empty the dataset"));

        Slider size = new Slider(ImportSettings.MIN_SIZE, ImportSettings.MAX_SIZE, model.size().get());
        size.setId("dataset-size");
        size.setTooltip(new Tooltip("The side of every square image, in pixels: what the experiments train on"));
        size.setMajorTickUnit(32);
        size.setBlockIncrement(4);
        Label sizeValue = new Label();
        sizeValue.textProperty().bind(size.valueProperty().map(v -> v.intValue() + " x " + v.intValue() + " px"));
        size.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                applySize(model, size);
            }
        });
        size.setOnKeyReleased(e -> applySize(model, size));

        Spinner<Integer> count = new Spinner<>(1, 1000, model.limit().get(), 10);
        count.setId("dataset-count");
        count.setTooltip(new Tooltip("Import at most this many images (the first ones, in natural order)"));
        count.setEditable(true);
        count.valueProperty().addListener((obs, old, value) -> {
            model.limit().set(value);
            model.reimport();
        });

        getChildren().addAll(
                SidePanel.section("Images"), addImages, addFolder, dropHint,
                SidePanel.section("Samples"), sampleRow,
                SidePanel.section("Pipeline"), SidePanel.hint("Each image is cropped to a centred square, then resized."),
                new Label("Size"), size, sizeValue,
                new Label("Keep at most"), count, clear);
    }

    private static void applySize(DatasetModel model, Slider slider) {
        int value = (int) Math.round(slider.getValue());
        if (value != model.size().get()) {
            model.size().set(value);
            model.reimport();
        }
    }

    private static <T extends Button> T wide(T button) {
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        return button;
    }
}
