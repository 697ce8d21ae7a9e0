package org.deepcanvas.ui.gan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.deepcanvas.lab.gan.GanFiles;
import org.deepcanvas.lab.gan.GanHealth;
import org.deepcanvas.lab.gan.GanJob;
import org.deepcanvas.lab.gan.GanSettings;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.controls.WhileShown;
import org.deepcanvas.ui.latent.AttributePanel;
import org.deepcanvas.ui.latent.GenerativePane;
import org.deepcanvas.ui.training.ImageWell;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.WellImage;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * GANs (CADL session 5) as an instrument: train a DCGAN or a VAE-GAN on Fashion-MNIST or
 * the dataset, watch a fixed grid of codes learn to draw, be told when the run collapses or
 * diverges, and play in its latent space: the plane, walks, and attribute sliders added to
 * a sample, a test image or (VAE-GAN) an image of your own.
 */
public final class GanPane extends GenerativePane<GanSettings, GanJob> {
    private static final String GRID = "Samples: a fixed grid of 64 codes, decoded";
    private static final String ROWS = "Test images, their reconstructions, and samples";

    private final AttributePanel attributes;
    private final Label health = SidePanel.hint("");

    public GanPane(PaneServices services) {
        super("GAN and VAE-GAN", MaterialDesignR.ROBOT, "gan", services, new GanControls(), "GAN",
                GanArchitecture.SIDES, true);
        describeOutput(GRID, "Press Start: the same 64 codes, decoded while the generator learns");
        ImageWell yourImage = newWell("Your image", 256);
        attributes = new AttributePanel(explorerTarget(), services, () -> yourImage.image().map(WellImage::image).orElse(null));
        yourImage.imageProperty().addListener((obs, old, image) -> attributes.startFromYourImage());
        setRightPanel(new VBox(16, explorer, attributes, yourImage));
        session.handleProperty().addListener((obs, old, handle) ->
                attributes.reset(data() == null ? List.of() : data().classNames()));
        controls.settingsProperty().addListener((obs, old, settings) ->
                describeOutput(settings.architecture().encodes() ? ROWS : GRID, "Press Start"));
        health.setId("gan-health");
        health.setWrapText(true);
        addAfterTraining(health, modelButtons());
        Timeline watcher = new Timeline(new KeyFrame(Duration.seconds(1), e -> showHealth()));
        watcher.setCycleCount(Timeline.INDEFINITE);
        WhileShown.run(root, watcher::play, watcher::stop);
    }

    @Override
    protected GanJob newJob(TrainingSet data, Path savedModel) {
        return savedModel == null ? GanJob.training(data) : GanJob.fromSavedModel(data, savedModel);
    }

    @Override
    protected Path save(GanJob job, Path file) throws IOException {
        return job.save(file);
    }

    @Override
    protected GanSettings savedSettings(Path file) throws IOException {
        return GanFiles.readInfo(file).settings();
    }

    @Override
    protected String networkId(GanSettings settings) {
        return settings.architecture().id();
    }

    /** Says when the run collapsed or diverged, in the warning style, and nothing while it learns. */
    private void showHealth() {
        GanHealth.Report report = session.job().map(GanJob::health).orElse(GanHealth.Report.LEARNING);
        health.setText(report.message());
        health.getStyleClass().remove("warning");
        if (!report.healthy()) {
            health.getStyleClass().add("warning");
        }
    }
}
