package org.deepcanvas.ui.paint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.lab.paint.PaintJob;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.RunOptions;
import org.deepcanvas.ui.canvas.FramePlayer;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.shell.BackgroundWork;
import org.deepcanvas.ui.shell.FileDrops;
import org.deepcanvas.ui.shell.RunControls;
import org.deepcanvas.ui.shell.ExperimentPane;
import org.deepcanvas.ui.training.FrameTimeline;
import org.deepcanvas.ui.training.LossChart;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.RunButtons;
import org.deepcanvas.ui.training.TrainingMonitor;
import org.deepcanvas.ui.training.TrainingSession;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * Pixel painting (CADL session 2): a network learns each pixel's colour from its position
 * and the painting sharpens live. With every dataset image at once, the image index is a
 * third input, and a latent walk glides between the images afterwards.
 */
public final class PaintPane extends ExperimentPane {
    private static final int WALK_FRAMES = 60;

    private final ComputeRuntime runtime;
    private final StringProperty status;
    private final TrainingSession<PaintSettings> session = new TrainingSession<>();
    private final PaintControls controls = new PaintControls();
    private final LiveCanvas prediction = new LiveCanvas("Press Start: the network paints here");
    private final LiveCanvas target = new LiveCanvas("Drop an image here to paint it");
    private final FramePlayer walk = new FramePlayer(prediction);
    private final Spinner<Integer> seed = SidePanel.spinner(0, 1_000_000, 42, 1);
    private final PaintTargets targets;
    private final FrameTimeline timeline = new FrameTimeline(prediction::offer);
    private List<ArgbImage> painted = List.of();
    private String paintedDescription = "";
    private PaintJob job;

    public PaintPane(PaneServices services, ObservableValue<Dataset> dataset) {
        super("Pixel painting", MaterialDesignP.PALETTE);
        this.runtime = services.runtime();
        this.status = services.status();
        BackgroundWork work = services.work();
        prediction.setId("paint-prediction");
        target.setId("paint-target-canvas");
        prediction.onSaveRequested(image -> services.exports().savePng(this, image));
        targets = new PaintTargets(dataset, this::paint);
        controls.settings().addListener((obs, old, settings) -> session.update(settings));
        seed.valueProperty().addListener((obs, old, value) -> paint(painted, paintedDescription));
        FileDrops.install(target, paths -> new DroppedTarget(work, status).load(paths.get(0),
                image -> paint(List.of(image), paths.get(0).getFileName().toString())));
        timeline.followingProperty().addListener((obs, was, following) -> {
            if (following) {
                walk.stop();
            }
        });

        Button walkButton = new Button("Latent walk", new FontIcon(MaterialDesignW.WALK));
        walkButton.setId("paint-walk");
        walkButton.setMaxWidth(Double.MAX_VALUE);
        walkButton.disableProperty().bind(session.stateProperty().map(state ->
                job == null || !job.manyImages()
                        || !(state.phase() == Phase.RUNNING || state.phase() == Phase.PAUSED
                             || state.phase() == Phase.COMPLETED)));
        walkButton.setOnAction(e -> latentWalk());

        VBox left = new VBox(10, targets, new RunButtons(session, services.engineProblem()), controls,
                SidePanel.row("Seed", seed), SidePanel.section("After training"), walkButton,
                SidePanel.hint("With all dataset images, the walk moves the image index from the first to the last."));
        left.getStyleClass().add("side-panel");
        root.setLeft(SidePanel.scrolling(left, 290));
        root.setCenter(centre());
    }

    @Override
    public Optional<RunControls> runControls() {
        return Optional.of(session);
    }

    @Override
    public String baseName() {
        return walk.isPlaying() ? "paint-latent-walk" : "paint";
    }

    @Override
    public Optional<ArgbImage> currentImage() {
        return prediction.current();
    }

    @Override
    public List<ArgbImage> animationFrames() {
        return walk.isPlaying() ? walk.frames() : timeline.selectedImages();
    }

    @Override
    public Map<String, Object> settings() {
        PaintSettings settings = controls.settings().get();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("target", paintedDescription);
        map.put("hiddenLayers", settings.hiddenLayers());
        map.put("layerWidth", settings.layerWidth());
        map.put("activation", settings.activation().name());
        map.put("learningRate", settings.learningRate());
        map.put("batchSize", settings.batchSize());
        map.put("loss", settings.loss().name());
        map.put("steps", session.handleProperty().get() == null ? 0 : session.handleProperty().get().steps());
        return map;
    }

    @Override
    public Long seed() {
        return seed.getValue().longValue();
    }

    /** Starts over with new images to paint; a running painter keeps running on them. */
    private void paint(List<ArgbImage> images, String description) {
        if (images.isEmpty()) {
            return;
        }
        boolean wasRunning = session.stateProperty().get().phase() == Phase.RUNNING;
        try {
            job = new PaintJob(images);
        } catch (IllegalArgumentException e) {
            status.set("Cannot paint " + description + ": " + e.getMessage());
            return;
        }
        painted = images;
        paintedDescription = description;
        walk.stop();
        JobHandle<PaintSettings> handle = runtime.submit("Pixel painting", job, controls.settings().get(),
                RunOptions.defaults().withSeed(seed.getValue()));
        session.use(handle);
        target.offer(images.size() == 1 ? images.get(0) : Montage.of(images).image());
        prediction.clear();
        timeline.followingProperty().set(true);
        if (wasRunning) {
            session.start();
        }
    }

    private void latentWalk() {
        PaintJob walking = job;
        status.set("Computing the latent walk…");
        session.handleProperty().get().call(() -> walking.latentWalk(WALK_FRAMES)).whenComplete((frames, error) ->
                Platform.runLater(() -> {
                    if (error != null) {
                        status.set("Latent walk failed: " + error.getMessage());
                    } else {
                        timeline.followingProperty().set(false);
                        walk.play(frames);
                        status.set("Playing the latent walk; Export GIF writes it. Press Live to go back.");
                    }
                }));
    }

    private Node centre() {
        Label progress = new Label("Not started");
        progress.getStyleClass().add("hint");
        progress.setId("paint-progress");
        LossChart chart = new LossChart();
        TrainingMonitor monitor = new TrainingMonitor(session, prediction, chart, timeline, progress);
        monitor.runWhileShown(root);
        VBox predictionBox = new VBox(6, SidePanel.section("Prediction"), prediction);
        VBox targetBox = new VBox(6, SidePanel.section("Target"), target);
        VBox.setVgrow(prediction, Priority.ALWAYS);
        VBox.setVgrow(target, Priority.ALWAYS);
        HBox.setHgrow(predictionBox, Priority.ALWAYS);
        HBox.setHgrow(targetBox, Priority.ALWAYS);
        HBox canvases = new HBox(12, predictionBox, targetBox);
        VBox.setVgrow(canvases, Priority.ALWAYS);
        VBox centre = new VBox(10, canvases, progress, timeline, chart);
        centre.setPadding(new Insets(14));
        return centre;
    }
}
