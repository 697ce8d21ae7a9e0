package org.deepcanvas.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.deepcanvas.ui.models.ModelsDialog;

/**
 * The studio's main layout: menu bar, the experiments on the left, the pane on show in
 * the middle, the status bar below. Files dropped anywhere go to the dataset.
 */
public final class StudioWindow extends BorderPane implements StudioActions {
    private final ObjectProperty<StudioPane> current = new SimpleObjectProperty<>();
    private final NavigationList navigation;
    private final StackPane content = new StackPane();
    private final StudioPane datasetPane;
    private final Consumer<List<Path>> importSources;
    private final ExportActions exports;
    private final AboutText about;
    private final Executor compute;

    /**
     * @param panes every experiment, the dataset pane first
     * @param importSources adds dropped or opened files and folders to the dataset
     * @param compute runs tensor work (such as checking an imported model) on the compute thread
     * @param device the compute device setting and the GPU runtime install
     */
    public StudioWindow(List<StudioPane> panes, Consumer<List<Path>> importSources, StatusBar statusBar,
                        ExportActions exports, AboutText about, Executor compute, DeviceSetup device) {
        this.datasetPane = panes.get(0);
        this.importSources = importSources;
        this.about = about;
        this.compute = compute;
        this.navigation = new NavigationList(panes);
        this.exports = exports;
        content.getStyleClass().add("pane-content");
        setTop(new StudioMenuBar(this, current, device));
        setLeft(navigation);
        setCenter(content);
        setBottom(statusBar);
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, pane) -> show(pane));
        navigation.getSelectionModel().selectFirst();
        FileDrops.install(this, this::importDropped);
    }

    public void select(StudioPane pane) {
        navigation.getSelectionModel().select(pane);
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
    public void exportImage() {
        current.get().exportable().ifPresent(exports::exportImage);
    }

    @Override
    public void exportGif() {
        current.get().exportable().ifPresent(exports::exportGif);
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
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner());
        alert.setTitle("About DeepCanvas");
        alert.setHeaderText("DeepCanvas " + about.appVersion());
        alert.setContentText(about.details());
        alert.show();
    }

    /** What a drop of files anywhere on the window does: show the dataset and import them. */
    public void importDropped(List<Path> sources) {
        importIfAny(sources);
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

    /** The window this layout is shown in, once it is shown. */
    public Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
