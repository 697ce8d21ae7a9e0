package org.deepcanvas.ui.autoencode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.autoencode.AutoencodeJob;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.lab.autoencode.AutoencoderFiles;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.lab.trainingset.TrainingSource;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.RunOptions;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.latent.LatentExplorerPanel;
import org.deepcanvas.ui.shell.BackgroundWork;
import org.deepcanvas.ui.shell.Messages;
import org.deepcanvas.ui.shell.RunControls;
import org.deepcanvas.ui.shell.ExperimentPane;
import org.deepcanvas.ui.training.FrameTimeline;
import org.deepcanvas.ui.training.LossChart;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.RunButtons;
import org.deepcanvas.ui.training.TrainingMonitor;
import org.deepcanvas.ui.training.TrainingSession;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * Autoencoders (CADL session 3) as an instrument: train one on Fashion-MNIST or the
 * dataset, watch the reconstructions sharpen, and explore its latent plane while it learns.
 */
public final class AutoencodePane extends ExperimentPane {
    private enum GifSubject { RECONSTRUCTIONS, MANIFOLD, WALK }

    private final ComputeRuntime runtime;
    private final ObservableValue<Dataset> dataset;
    private final BackgroundWork work;
    private final StringProperty status;
    private final ReadOnlyStringProperty engineProblem;
    private final TrainingSession<AutoencodeSettings> session = new TrainingSession<>();
    private final AutoencodeControls controls = new AutoencodeControls();
    private final LiveCanvas reconstructions = new LiveCanvas("Press Start: inputs, noisy inputs and reconstructions appear here");
    private final FrameTimeline timeline = new FrameTimeline(reconstructions::offer);
    private final Spinner<Integer> seed = SidePanel.spinner(0, 1_000_000, 42, 1);
    private final ComboBox<GifSubject> gifSubject = SidePanel.choice(GifSubject.values(), GifSubject.RECONSTRUCTIONS,
            subject -> switch (subject) {
                case RECONSTRUCTIONS -> "Reconstructions";
                case MANIFOLD -> "Manifold over training";
                case WALK -> "Latent walk";
            });
    private final LatentExplorerPanel explorer;
    private TrainingSource source = TrainingSource.FASHION_MNIST;
    private AutoencodeJob job;

    public AutoencodePane(PaneServices services, ObservableValue<Dataset> dataset) {
        super("Autoencoders", MaterialDesignV.VECTOR_COMBINE);
        this.runtime = services.runtime();
        this.dataset = dataset;
        this.work = services.work();
        this.status = services.status();
        this.engineProblem = services.engineProblem();
        reconstructions.setId("ae-reconstructions");
        reconstructions.onSaveRequested(image -> services.exports().savePng(this, image));
        explorer = new LatentExplorerPanel(() -> job == null ? null : new LatentExplorerPanel.Target() {
            @Override
            public JobHandle<?> handle() {
                return session.handleProperty().get();
            }

            @Override
            public AutoencodeJob job() {
                return job;
            }
        }, status);
        controls.settings().addListener((obs, old, settings) -> session.update(settings));
        seed.valueProperty().addListener((obs, old, value) -> prepare(null));

        root.setLeft(SidePanel.scrolling(leftPanel(), 290));
        root.setCenter(centre());
        ScrollPane right = SidePanel.scrolling(explorer, 340);
        explorer.getStyleClass().add("side-panel");
        root.setRight(right);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && job == null) {
                prepare(null);
            }
        });
    }

    @Override
    public Optional<RunControls> runControls() {
        return Optional.of(session);
    }

    @Override
    public String baseName() {
        return "autoencoder-" + gifSubject.getValue().name().toLowerCase();
    }

    @Override
    public Optional<ArgbImage> currentImage() {
        return reconstructions.current();
    }

    @Override
    public List<ArgbImage> animationFrames() {
        return switch (gifSubject.getValue()) {
            case RECONSTRUCTIONS -> timeline.selectedImages();
            case MANIFOLD -> explorer.manifoldHistory();
            case WALK -> explorer.walkShowing() ? explorer.walkFrames() : List.of();
        };
    }

    @Override
    public Map<String, Object> settings() {
        AutoencodeSettings settings = controls.settings().get();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("data", source.describe());
        map.put("architecture", settings.architecture().toString());
        map.put("corruption", settings.corruption().name());
        map.put("noiseLevel", settings.noiseLevel());
        map.put("klWeight", settings.klWeight());
        map.put("learningRate", settings.learningRate());
        map.put("batchSize", settings.batchSize());
        return map;
    }

    @Override
    public Long seed() {
        return seed.getValue().longValue();
    }

    /** Loads the data in the background, then makes a new job on it (from a saved model if given). */
    private void prepare(Path savedModel) {
        TrainingSource from = source;
        long runSeed = seed.getValue();
        Dataset images = dataset.getValue();
        Task<TrainingSet> loading = new Task<>() {
            @Override
            protected TrainingSet call() throws Exception {
                updateTitle("Loading " + from.describe());
                return from.load(images, runSeed);
            }
        };
        loading.setOnSucceeded(e -> use(loading.getValue(), savedModel, runSeed));
        loading.setOnFailed(e -> status.set("Autoencoder data: " + Messages.rootCause(loading.getException())));
        work.submit(loading);
    }

    private void use(TrainingSet data, Path savedModel, long runSeed) {
        job = savedModel == null ? AutoencodeJob.training(data) : AutoencodeJob.fromSavedModel(data, savedModel);
        explorer.reset();
        reconstructions.clear();
        timeline.followingProperty().set(true);
        JobHandle<AutoencodeSettings> handle = runtime.submit("Autoencoder", job, controls.settings().get(),
                RunOptions.defaults().withSeed(runSeed));
        session.use(handle);
        if (savedModel != null) {
            handle.startPaused();
            status.set("Opened " + savedModel.getFileName() + ": explore it, or press Start to train on");
        }
    }

    private VBox leftPanel() {
        ComboBox<String> data = new ComboBox<>();
        data.getItems().addAll("Fashion-MNIST (bundled)", "Dataset images");
        data.setValue(data.getItems().get(0));
        Spinner<Integer> side = SidePanel.spinner(TrainingSet.MIN_SIDE, TrainingSet.MAX_SIDE, 28, 4);
        ComboBox<String> colour = new ComboBox<>();
        colour.getItems().addAll("Gray", "Colour");
        colour.setValue("Gray");
        side.disableProperty().bind(data.valueProperty().isEqualTo(data.getItems().get(0)));
        colour.disableProperty().bind(side.disableProperty());
        Button reload = new Button("Load data");
        reload.setOnAction(e -> {
            source = data.getSelectionModel().getSelectedIndex() == 0 ? TrainingSource.FASHION_MNIST
                    : new TrainingSource(false, side.getValue(), colour.getValue().equals("Colour"));
            prepare(null);
        });
        Button save = new Button("Save model…");
        save.setOnAction(e -> saveModel());
        Button open = new Button("Open model…");
        open.setOnAction(e -> openModel());
        VBox left = new VBox(8, SidePanel.section("Data"), data, SidePanel.row("Size (dataset)", side),
                SidePanel.row("Channels", colour), reload, new RunButtons(session, engineProblem), controls,
                SidePanel.row("Seed", seed), SidePanel.section("Model"), new HBox(6, save, open),
                SidePanel.section("Export GIF of"), gifSubject);
        left.getStyleClass().add("side-panel");
        return left;
    }

    private Node centre() {
        Label progress = new Label("Not started");
        progress.getStyleClass().add("hint");
        progress.setId("ae-progress");
        LossChart chart = new LossChart();
        new TrainingMonitor(session, reconstructions, chart, timeline, progress).runWhileShown(root);
        VBox.setVgrow(reconstructions, Priority.ALWAYS);
        VBox centre = new VBox(10, SidePanel.section("Reconstructions: input, noisy input, output"), reconstructions,
                progress, timeline, chart);
        centre.setPadding(new Insets(14));
        return centre;
    }

    private void saveModel() {
        JobHandle<AutoencodeSettings> handle = session.handleProperty().get();
        File file = chooser("Save the autoencoder").showSaveDialog(root.getScene().getWindow());
        if (handle == null || file == null) {
            return;
        }
        AutoencodeJob saving = job;
        handle.call(() -> saving.save(file.toPath())).whenComplete((path, error) -> Platform.runLater(() ->
                status.set(error == null ? "Saved " + path + " and its settings" : "Save failed: " + Messages.rootCause(error))));
    }

    private void openModel() {
        File file = chooser("Open an autoencoder").showOpenDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            AutoencodeSettings saved = AutoencoderFiles.readInfo(file.toPath()).settings();
            session.stop();
            controls.showArchitecture(saved.architecture());
            prepare(file.toPath());
        } catch (IOException | RuntimeException e) {
            status.set("Cannot open " + file.getName() + ": " + Messages.rootCause(e));
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("safetensors", "*.safetensors"));
        return chooser;
    }
}
