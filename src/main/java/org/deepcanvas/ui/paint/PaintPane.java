package org.deepcanvas.ui.paint;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.image.Resize;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.lab.paint.PaintJob;
import org.deepcanvas.lab.paint.PaintRecord;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.runtime.FrameRecorder;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.controls.WhyDisabled;
import org.deepcanvas.ui.shell.Messages;
import org.deepcanvas.ui.training.ImageWell;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.TrainingPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * Pixel painting (CADL session 2): a network learns each pixel's colour from its position
 * and the painting sharpens live. With every dataset image at once, the image index is a
 * third input, and a latent walk glides between the images afterwards.
 */
public final class PaintPane extends TrainingPane<PaintSettings, PaintJob> {
    private static final int WALK_FRAMES = 60;
    /** The well keeps the original's detail; the painter trains on it shrunk to the dataset's size. */
    private static final int WELL_SIDE = 1024;
    /** Frames drawn up to 1024 px are kept at their size for the GIF: about 48 of them at the largest. */
    private static final FrameRecorder.Limits RECORDING =
            new FrameRecorder.Limits(300, PaintSettings.MAX_RENDER_SIZE, 192L << 20);

    private final ImageWell target;
    private final LiveCanvas montage = new LiveCanvas("The dataset is empty: add images in the Dataset pane");
    private final RadioButton many = new RadioButton("All dataset images (up to " + PaintJob.MAX_IMAGES + ")");

    public PaintPane(PaneServices services) {
        super("Pixel painting", MaterialDesignP.PALETTE, PaintRecord.EXPERIMENT, services, new PaintControls());
        describeOutput("Prediction", "Press Start: the network paints here");
        recordFrames(RECORDING);
        target = newWell("Target", PaintRecord.IMAGE, WELL_SIDE).followDataset(0);
        target.setId("paint-target");
        RadioButton one = new RadioButton("One image (the target well)");
        ToggleGroup mode = new ToggleGroup();
        one.setToggleGroup(mode);
        many.setToggleGroup(mode);
        many.setId("paint-many");
        one.setTooltip(new Tooltip("Paint the image in the Target well: drop one there, open one, or pick a dataset image"));
        many.setTooltip(new Tooltip("One network paints every dataset image, told apart by an image index input;"
                + " the latent walk then morphs between them"));
        one.setSelected(true);
        VBox montageBox = new VBox(6, SidePanel.section("Targets: the dataset's images"), montage);
        VBox.setVgrow(montage, Priority.ALWAYS);
        target.visibleProperty().bind(one.selectedProperty());
        montageBox.visibleProperty().bind(many.selectedProperty());
        addInputs(SidePanel.section("Paint"), one, many);
        addCanvas(new StackPane(target, montageBox));

        target.imageProperty().addListener((obs, old, image) -> {
            if (!many.isSelected()) {
                rebuildJob();
            }
        });
        mode.selectedToggleProperty().addListener((obs, old, toggle) -> rebuildJob());
        services.dataset().addListener((obs, old, dataset) -> {
            if (many.isSelected()) {
                rebuildJob();
            }
        });

        Button walk = new Button("Latent walk", new FontIcon(MaterialDesignW.WALK));
        walk.setId("paint-walk");
        walk.setMaxWidth(Double.MAX_VALUE);
        walk.setTooltip(new Tooltip("Glide the image index from the first painting to the last, " + WALK_FRAMES + " frames"));
        walk.setOnAction(e -> latentWalk());
        addAfterTraining(SidePanel.section("After training"), WhyDisabled.wrap(walk, walkUnavailable()),
                SidePanel.hint("With all dataset images, the walk moves the image index from the first to the last."));
    }

    @Override
    protected Optional<PaintJob> newJob() {
        List<ArgbImage> images = many.isSelected() ? datasetImages()
                : target.image().map(image -> List.of(Resize.toFit(image.image(), trainingSide()))).orElse(List.of());
        if (images.isEmpty()) {
            return Optional.empty();
        }
        PaintJob job = new PaintJob(images);
        if (job.manyImages()) {
            montage.offer(Montage.of(images).image());
        }
        return Optional.of(job);
    }

    /** As `deepcanvas paint` records it: the training size, the network, and the dataset's images when painted at once. */
    @Override
    protected Provenance describeRun(Provenance base) {
        Provenance run = base.withOptions(Map.of(PaintRecord.SIZE, trainingSide()))
                .withNetwork(Provenance.Network.trained(PaintRecord.NETWORK));
        if (!many.isSelected()) {
            return run;
        }
        try {
            return run.withInputs(services.datasetInputs().describe(PaintRecord.DATASET));
        } catch (IOException e) {
            services.status().set("The dataset's files cannot be read for the export's record: " + e.getMessage());
            return run;
        }
    }

    @Override
    protected boolean uses(ImageWell well) {
        return !many.isSelected();
    }

    @Override
    protected String subject() {
        return many.isSelected() ? "dataset" : target.image().map(image -> image.subject()).orElse("");
    }

    private List<ArgbImage> datasetImages() {
        Dataset dataset = services.dataset().getValue();
        if (dataset == null) {
            return List.of();
        }
        List<ArgbImage> images = dataset.images();
        return images.subList(0, Math.min(PaintJob.MAX_IMAGES, images.size()));
    }

    /** The longer side of a single painting: the dataset's image size, as before the well. */
    private int trainingSide() {
        Dataset dataset = services.dataset().getValue();
        return dataset == null || dataset.isEmpty() ? ImportSettings.DEFAULT_SIZE : dataset.size();
    }

    private ObservableValue<String> walkUnavailable() {
        return Bindings.createStringBinding(() -> {
            if (!many.isSelected() || session.job().map(job -> !job.manyImages()).orElse(true)) {
                return "Choose \"All dataset images\": the walk glides from image to image";
            }
            Phase phase = session.stateProperty().get().phase();
            return phase == Phase.RUNNING || phase == Phase.PAUSED || phase == Phase.COMPLETED ? ""
                    : "Start training first: the walk draws with the network as it is"
                      + (phase == Phase.IDLE ? "" : ", and Stop freed it");
        }, session.stateProperty(), session.handleProperty(), many.selectedProperty());
    }

    private void latentWalk() {
        services.status().set("Computing the latent walk…");
        session.ask(job -> job.latentWalk(WALK_FRAMES)).whenComplete((frames, error) -> {
            if (error != null) {
                services.status().set("Latent walk failed: " + Messages.rootCause(error));
            } else {
                play(frames, "walk");
                services.status().set("Playing the latent walk; Export GIF writes it. Press Live to go back.");
            }
        });
    }
}
