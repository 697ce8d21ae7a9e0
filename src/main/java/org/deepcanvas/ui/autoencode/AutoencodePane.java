package org.deepcanvas.ui.autoencode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.autoencode.AutoencodeJob;
import org.deepcanvas.lab.autoencode.AutoencodeRecord;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.lab.autoencode.AutoencoderFiles;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.latent.GenerativePane;
import org.deepcanvas.ui.training.PaneServices;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * Autoencoders (CADL session 3) as an instrument: train one on Fashion-MNIST or the
 * dataset, watch the reconstructions sharpen, and explore its latent plane while it learns.
 */
public final class AutoencodePane extends GenerativePane<AutoencodeSettings, AutoencodeJob> {
    private enum GifSubject { RECONSTRUCTIONS, MANIFOLD }

    private static final List<Integer> SIDES = IntStream.rangeClosed(TrainingSet.MIN_SIDE / 4, TrainingSet.MAX_SIDE / 4)
            .map(quarter -> quarter * 4).boxed().toList();

    private final ComboBox<GifSubject> gifSubject = SidePanel.choice(GifSubject.values(), GifSubject.RECONSTRUCTIONS,
            subject -> subject == GifSubject.MANIFOLD ? "Manifold over training" : "Reconstructions");

    public AutoencodePane(PaneServices services) {
        super("Autoencoders", MaterialDesignV.VECTOR_COMBINE, AutoencodeRecord.EXPERIMENT, services,
                new AutoencodeControls(), "autoencoder", SIDES, false);
        describeOutput("Reconstructions: input, noisy input, output",
                "Press Start: inputs, noisy inputs and reconstructions appear here");
        setRightPanel(explorer);
        gifSubject.setTooltip(new Tooltip("What Export GIF writes: the reconstructions as they improved,"
                + " or the latent plane's decoded manifold over training"));
        addAfterTraining(modelButtons(), SidePanel.section("Export GIF of"), gifSubject,
                SidePanel.hint("A latent walk, while it plays, is what Export GIF writes."));
    }

    @Override
    protected AutoencodeJob newJob(TrainingSet data, Path savedModel) {
        return savedModel == null ? AutoencodeJob.training(data) : AutoencodeJob.fromSavedModel(data, savedModel);
    }

    @Override
    protected String networkId(AutoencodeSettings settings) {
        return AutoencodeRecord.networkId(settings.architecture());
    }

    @Override
    protected Path save(AutoencodeJob job, Path file) throws IOException {
        return job.save(file);
    }

    @Override
    protected AutoencodeSettings savedSettings(Path file) throws IOException {
        return AutoencoderFiles.readInfo(file).settings();
    }

    @Override
    public List<ArgbImage> animationFrames() {
        if (!explorer.walkShowing() && gifSubject.getValue() == GifSubject.MANIFOLD) {
            return explorer.manifoldHistory();
        }
        return super.animationFrames();
    }
}
