package org.deepcanvas.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.ui.models.ModelsDialog;

/**
 * The studio's main layout: menu bar, the experiments on the left, the pane on show in
 * the middle, the status bar below. Files dropped anywhere go to the dataset, except a
 * result PNG: that offers to restore the pane that made it.
 */
public final class StudioWindow extends BorderPane implements StudioActions {
    private final ObjectProperty<StudioPane> current = new SimpleObjectProperty<>();
    private final List<StudioPane> panes;
    private final NavigationList navigation;
    private final StackPane content = new StackPane();
    private final StudioPane datasetPane;
    private final Consumer<List<Path>> importSources;
    private final ExportActions exports;
    private final Prompts prompts;
    private final StringProperty status;
    private final AboutText about;
    private final Executor compute;

    /**
     * @param panes every experiment, the dataset pane first
     * @param importSources adds dropped or opened files and folders to the dataset
     * @param compute runs tensor work (such as checking an imported model) on the compute thread
     * @param device the compute device setting and the GPU runtime install
     */
    public StudioWindow(List<StudioPane> panes, Consumer<List<Path>> importSources, StatusBar statusBar,
                        ExportActions exports, Prompts prompts, AboutText about, Executor compute, DeviceSetup device) {
        this.panes = panes;
        this.datasetPane = panes.get(0);
        this.importSources = importSources;
        this.about = about;
        this.compute = compute;
        this.navigation = new NavigationList(panes);
        this.exports = exports;
        this.prompts = prompts;
        this.status = statusBar.messageProperty();
        content.getStyleClass().add("pane-content");
        List<RunControls> runs = panes.stream().flatMap(pane -> pane.runControls().stream()).toList();
        setTop(new StudioMenuBar(this, current, anyRunning(runs), device));
        setLeft(navigation);
        setCenter(content);
        setBottom(statusBar);
        statusBar.showJobs(runs);
        navigation.list().getSelectionModel().selectedItemProperty().addListener((obs, old, pane) -> show(pane));
        navigation.list().getSelectionModel().selectFirst();
        FileDrops.install(this, this::importDropped);
    }

    public void select(StudioPane pane) {
        navigation.list().getSelectionModel().select(pane);
    }

    @Override
    public void openImages() {
        importIfAny(ImageChoosers.images(owner()));
    }

    @Override
    public void openFolder() {
        importIfAny(ImageChoosers.folder(owner()));
    }

    @Override
    public void openResult() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a result to restore the pane that made it");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DeepCanvas PNG", "*.png"));
        Optional.ofNullable(chooser.showOpenDialog(owner())).ifPresent(file -> {
            if (!offerRestore(file.toPath())) {
                status.set(file.getName() + " holds no DeepCanvas settings (only PNGs the studio or the CLI wrote do)");
            }
        });
    }

    @Override
    public void exportImage() {
        current.get().exportable().ifPresent(exports::exportImage);
    }

    @Override
    public void exportGif() {
        current.get().exportable().ifPresent(exports::exportGif);
    }

    @Override
    public void stopAll() {
        panes.forEach(pane -> pane.runControls().ifPresent(RunControls::stop));
    }

    @Override
    public void models() {
        try {
            ModelsDialog.open(owner(), compute).getScene().getStylesheets().setAll(getScene().getStylesheets());
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "The model library cannot open: " + e.getMessage());
            alert.initOwner(owner());
            alert.show();
        }
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    @Override
    public void about() {
        AboutDialog.show(owner(), about);
    }

    /** What a drop of files anywhere on the window does: restore from a result PNG, or import into the dataset. */
    public void importDropped(List<Path> sources) {
        if (sources.size() == 1 && sources.get(0).getFileName().toString().toLowerCase().endsWith(".png")
                && offerRestore(sources.get(0))) {
            return;
        }
        importIfAny(sources);
    }

    /**
     * Asks whether to restore the pane that made the PNG; false when the PNG holds no
     * provenance of a pane here (then it is an ordinary image).
     */
    private boolean offerRestore(Path png) {
        Optional<Provenance> provenance;
        try {
            provenance = PngExport.readProvenance(png);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        Optional<StudioPane> maker = provenance.flatMap(p -> panes.stream()
                .filter(pane -> pane.restorable().map(r -> r.experiment().equals(p.experiment())).orElse(false))
                .findFirst());
        if (maker.isEmpty()) {
            return false;
        }
        StudioPane pane = maker.get();
        Optional<Integer> answer = prompts.choose("Restore a result",
                png.getFileName() + " was made by " + pane.title() + ". Restore that pane with its settings"
                        + " and seed, or add the image to the dataset?",
                List.of("Restore " + pane.title(), "Add to the dataset"));
        if (answer.isEmpty()) {
            return true;
        }
        if (answer.get() == 0) {
            select(pane);
            pane.restorable().orElseThrow().restore(provenance.get());
        } else {
            importIfAny(List.of(png));
        }
        return true;
    }

    private void importIfAny(List<Path> sources) {
        if (!sources.isEmpty()) {
            select(datasetPane);
            importSources.accept(sources);
        }
    }

    private void show(StudioPane pane) {
        if (pane == null) {
            return;
        }
        current.set(pane);
        content.getChildren().setAll(pane.view());
    }

    private static BooleanBinding anyRunning(List<RunControls> runs) {
        ObservableValue<?>[] states = runs.stream().map(RunControls::stateProperty).toArray(ObservableValue[]::new);
        return Bindings.createBooleanBinding(() -> runs.stream().anyMatch(run -> {
            Phase phase = run.stateProperty().get().phase();
            return phase == Phase.RUNNING || phase == Phase.PAUSED;
        }), states);
    }

    /** The window this layout is shown in, once it is shown. */
    public Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
