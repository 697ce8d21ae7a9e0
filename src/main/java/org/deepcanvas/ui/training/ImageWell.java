package org.deepcanvas.ui.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.data.DatasetEntry;
import org.deepcanvas.export.FileHashes;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageLoader;
import org.deepcanvas.image.Resize;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.controls.WhyDisabled;
import org.deepcanvas.ui.shell.FileDrops;
import org.deepcanvas.ui.shell.ImageChoosers;
import org.deepcanvas.ui.shell.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * One input image of a pane ("Source", "Style 2"): drop a file on it, open one, or pick
 * a dataset image. It shows the image with its name and size and hands the pane a
 * decoded, validated image whose longer side is at most the well's limit. A file that
 * cannot be used gets one line in the status bar naming it, and the image shown before
 * stays. Until the user chooses, a well can follow an image of the dataset.
 */
public final class ImageWell extends VBox {
    private final String title;
    private final String role;
    private final PaneServices services;
    private final int maxSide;
    private final LiveCanvas canvas = new LiveCanvas("Drop an image here");
    private final Label caption = SidePanel.hint("No image yet");
    private final ReadOnlyObjectWrapper<WellImage> image = new ReadOnlyObjectWrapper<>();
    private int followed = -1;
    private boolean chosen;
    private Task<WellImage> reading;
    /** Whether {@link #reading} is the user's choice, which a dataset that arrives meanwhile must not replace. */
    private boolean readingForUser;

    /**
     * @param title what the image is for, such as "Source" or "Style 1"
     * @param role its name in provenance, the CLI's option for it ("image", "guide", "style")
     * @param maxSide the longest side handed to the pane; larger images are shrunk, aspect kept
     */
    ImageWell(String title, String role, PaneServices services, int maxSide) {
        this.title = title;
        this.role = role;
        this.services = services;
        this.maxSide = maxSide;
        getStyleClass().add("image-well");
        setSpacing(6);
        canvas.setPrefSize(220, 160);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        FileDrops.install(canvas, paths -> load(paths.get(0)));

        Button open = new Button("Open…", new FontIcon(MaterialDesignF.FOLDER_OPEN));
        open.setTooltip(new Tooltip("Open an image file for the " + title.toLowerCase() + " (or drop one on the well)"));
        open.setOnAction(e -> ImageChoosers.image(getScene().getWindow(), "Open the " + title.toLowerCase() + " image")
                .ifPresent(this::load));
        Button pick = new Button("Dataset image…", new FontIcon(MaterialDesignI.IMAGE_MULTIPLE));
        pick.setTooltip(new Tooltip("Use one of the Dataset pane's images, at its original resolution"));
        pick.setOnAction(e -> DatasetImagePicker.ask(getScene().getWindow(), title + ": pick a dataset image",
                services.dataset().getValue()).ifPresent(this::pick));
        HBox buttons = new HBox(6, open, WhyDisabled.wrap(pick, services.dataset().map(dataset ->
                dataset == null || dataset.isEmpty() ? "The Dataset pane has no images yet" : "")));
        getChildren().addAll(SidePanel.section(title), canvas, caption, buttons);
        services.dataset().addListener((obs, old, dataset) -> datasetChanged(dataset));
    }

    /** While the user has not chosen an image, the well shows dataset image {@code index} (or the last one). */
    public ImageWell followDataset(int index) {
        followed = index;
        datasetChanged(services.dataset().getValue());
        return this;
    }

    public ReadOnlyObjectProperty<WellImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public Optional<WellImage> image() {
        return Optional.ofNullable(image.get());
    }

    /** Its name in provenance ("image", "style"). */
    public String role() {
        return role;
    }

    /** Reads an image file in the background; the user's choice from now on. */
    public void load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        read(name, true, () -> new WellImage(name, file, fit(ImageLoader.load(file, maxSide).image()),
                InputFile.of(role, file)));
    }

    /**
     * Takes back the image a result recorded, when it is still there (a bundled one from
     * the dataset); otherwise says why not, and the well keeps its image.
     */
    Optional<String> restore(InputFile input) {
        if (input.isBundled()) {
            Dataset dataset = services.dataset().getValue();
            Optional<DatasetEntry> entry = dataset == null ? Optional.empty()
                    : dataset.entries().stream().filter(e -> e.source().equals(input.path())).findFirst();
            entry.ifPresent(this::pick);
            return entry.isPresent() ? Optional.empty() : Optional.of(input.name() + " is not in the dataset now");
        }
        if (input.isUnsaved()) {
            return Optional.of(input.name() + " was never saved, so the " + title.toLowerCase() + " keeps its image");
        }
        Path file = Path.of(input.path());
        if (!Files.isRegularFile(file)) {
            return Optional.of(input.name() + " is no longer at " + file);
        }
        load(file);
        try {
            return input.sha256() == null || FileHashes.sha256(file).equals(input.sha256()) ? Optional.empty()
                    : Optional.of(input.name() + " has changed since the result was made");
        } catch (IOException e) {
            return Optional.of(input.name() + " cannot be read: " + e.getMessage());
        }
    }

    /** Takes a dataset image, re-read from its original file at the well's resolution when it has one. */
    public void pick(DatasetEntry entry) {
        read(entry, true);
    }

    private void read(DatasetEntry entry, boolean byUser) {
        read(entry.name(), byUser, () -> new WellImage(entry.name(), entry.file().orElse(null),
                fit(entry.original(maxSide, () -> false).map(loaded -> loaded.image()).orElse(entry.image())),
                entry.file().isPresent() ? InputFile.of(role, entry.file().get())
                        : InputFile.bundled(role, entry.bundledResource().orElseThrow())));
    }

    private ArgbImage fit(ArgbImage decoded) {
        return Resize.toFit(decoded, maxSide);
    }

    private void datasetChanged(Dataset dataset) {
        if (!chosen && !readingForUser && followed >= 0 && dataset != null && !dataset.isEmpty()) {
            read(dataset.entries().get(Math.min(followed, dataset.entries().size() - 1)), false);
        }
    }

    private void read(String name, boolean byUser, Callable<WellImage> decode) {
        if (reading != null) {
            reading.cancel();
        }
        Task<WellImage> task = new Task<>() {
            @Override
            protected WellImage call() throws Exception {
                updateTitle("Reading " + name);
                return decode.call();
            }
        };
        task.setOnSucceeded(e -> {
            chosen |= byUser;
            WellImage read = task.getValue();
            canvas.offer(read.image());
            caption.setText(read.describe());
            image.set(read);
        });
        task.setOnFailed(e -> {
            readingForUser = false;
            services.status().set("Cannot use " + name + " as the " + title.toLowerCase() + ": "
                    + Messages.rootCause(task.getException()));
        });
        reading = task;
        readingForUser = byUser;
        services.work().submit(task);
    }
}
