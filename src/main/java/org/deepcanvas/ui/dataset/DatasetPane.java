package org.deepcanvas.ui.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.Crop;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.shell.BackgroundWork;
import org.deepcanvas.ui.shell.ExportActions;
import org.deepcanvas.ui.shell.ImageChoosers;
import org.deepcanvas.ui.shell.Prompts;
import org.deepcanvas.ui.shell.ExperimentPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * The course's first session as a pane: images in, cropped and resized, then seen as a
 * montage, a mean image, a standard-deviation image and normalised images.
 */
public final class DatasetPane extends ExperimentPane {
    /** The role of the images in the provenance, as `deepcanvas dataset` writes it. */
    private static final String DATASET_ROLE = "images";

    private final DatasetModel model;
    private final ObjectProperty<DatasetView> view = new SimpleObjectProperty<>(DatasetView.MONTAGE);
    private final LiveCanvas canvas = new LiveCanvas("Drop images or folders here,\nor load a sample set on the left.");
    private final Label summary = new Label();
    private final StringProperty status;

    public DatasetPane(BackgroundWork work, ExportActions exports, Prompts prompts, StringProperty status) {
        super("Dataset", MaterialDesignI.IMAGE_MULTIPLE);
        this.status = status;
        model = new DatasetModel(work, status);
        canvas.setId("dataset-canvas");
        canvas.onSaveRequested(image -> exports.savePng(this, image));
        DatasetInspector inspector = new DatasetInspector(model);
        canvas.onImageClicked((x, y) -> {
            DatasetSnapshot snapshot = model.snapshot().get();
            if (view.get() != DatasetView.MEAN && view.get() != DatasetView.STD && snapshot.montage() != null) {
                int index = snapshot.montage().indexAt(x, y);
                if (index >= 0) {
                    inspector.select(index);
                }
            }
        });
        root.setLeft(new DatasetControls(model, new DatasetControls.Actions() {
            @Override
            public void addImages() {
                addIfAny(ImageChoosers.images(root.getScene().getWindow()));
            }

            @Override
            public void addFolder() {
                addIfAny(ImageChoosers.folder(root.getScene().getWindow()));
            }

            @Override
            public void useSamples(DatasetModel.Samples samples) {
                String set = samples == DatasetModel.Samples.PHOTOS ? "the sample photos" : "Fashion-MNIST";
                if (mayDiscard(prompts, "Replace them with " + set + "?", "Replace")) {
                    model.useSamples(samples);
                }
            }

            @Override
            public void clear() {
                if (mayDiscard(prompts, "Remove them all?", "Clear")) {
                    model.clear();
                }
            }
        }));
        inspector.selectedIndex().addListener((obs, old, index) -> highlight(index.intValue()));
        root.setCenter(centre());
        root.setRight(inspector);
        model.snapshot().addListener((obs, old, snapshot) -> refresh());
        view.addListener((obs, old, shown) -> {
            refresh();
            highlight(inspector.selectedIndex().get());
        });
        refresh();
    }

    /** Adds dropped or opened files and folders to the dataset. */
    public void importSources(List<Path> sources) {
        model.addFiles(sources);
    }

    /** The images on show, for the experiments that train on them. */
    public ObservableValue<Dataset> dataset() {
        return model.snapshot().map(DatasetSnapshot::dataset);
    }

    /** Where the dataset's images came from, as provenance records them in the given role. */
    public List<InputFile> inputs(String role) throws IOException {
        return model.describe(role);
    }

    public void loadBundledPhotos() {
        model.useSamples(DatasetModel.Samples.PHOTOS);
    }

    @Override
    public String baseName() {
        return view.get().fileName;
    }

    @Override
    public Optional<ArgbImage> currentImage() {
        return canvas.current();
    }

    /** A slideshow of the dataset's images. */
    @Override
    public List<ArgbImage> animationFrames() {
        return model.snapshot().get().dataset().images();
    }

    @Override
    public Provenance provenance() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("view", view.get().name().toLowerCase());
        settings.put("size", model.size().get());
        settings.put("count", model.snapshot().get().dataset().entries().size());
        settings.put("sources", model.snapshot().get().dataset().entries().stream().map(e -> e.source()).toList());
        Provenance provenance = Provenance.of("dataset", settings, null);
        try {
            return provenance.withInputs(model.describe(DATASET_ROLE));
        } catch (IOException e) {
            status.set("The dataset's files cannot be read for the export's record: " + e.getMessage());
            return provenance;
        }
    }

    private Node centre() {
        SegmentedButton views = new SegmentedButton();
        for (DatasetView option : DatasetView.values()) {
            ToggleButton button = new ToggleButton(option.label);
            button.setId("view-" + option.name().toLowerCase());
            button.setTooltip(new Tooltip(option.description));
            button.setSelected(option == view.get());
            button.setOnAction(e -> {
                button.setSelected(true);
                view.set(option);
            });
            views.getButtons().add(button);
        }
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        summary.setId("dataset-summary");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        VBox centre = new VBox(10, views, canvas, summary);
        centre.setPadding(new Insets(14));
        return centre;
    }

    /** True when replacing the dataset loses nothing the user built, or the user says go ahead. */
    private boolean mayDiscard(Prompts prompts, String question, String answer) {
        if (!model.holdsUserImages()) {
            return true;
        }
        int count = model.snapshot().get().dataset().entries().size();
        return prompts.choose(answer + " the dataset", "The dataset holds " + count + " images you added. " + question
                + " (They can be added again with Add images… or Add folder….)", List.of(answer)).isPresent();
    }

    /** Frames the selected image in the montage (and the normalised montage, laid out alike). */
    private void highlight(int index) {
        DatasetSnapshot snapshot = model.snapshot().get();
        boolean montageView = view.get() == DatasetView.MONTAGE || view.get() == DatasetView.NORMALISED;
        if (!montageView || snapshot.montage() == null || index < 0 || index >= snapshot.montage().count()) {
            canvas.highlight(null);
            return;
        }
        Crop.Area cell = snapshot.montage().cellArea(index);
        canvas.highlight(new Rectangle2D(cell.x(), cell.y(), cell.width(), cell.height()));
    }

    private void refresh() {
        DatasetSnapshot snapshot = model.snapshot().get();
        ArgbImage image = snapshot.image(view.get());
        if (image == null) {
            canvas.clear();
        } else {
            canvas.offer(image);
        }
        int count = snapshot.dataset().entries().size();
        summary.setText(count == 0 ? "No images yet"
                : count + " images, " + snapshot.dataset().size() + " x " + snapshot.dataset().size()
                        + " px" + describe(view.get()));
    }

    private static String describe(DatasetView view) {
        return switch (view) {
            case MONTAGE -> "";
            case MEAN -> " — the average of every image, pixel by pixel";
            case STD -> " — how much each pixel varies across images (brightest = most)";
            case NORMALISED -> " — each image minus the mean, divided by the std, rescaled for display";
        };
    }

    private void addIfAny(List<Path> sources) {
        if (!sources.isEmpty()) {
            importSources(sources);
        }
    }
}
