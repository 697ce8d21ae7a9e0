package org.deepcanvas.ui.dream;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import org.deepcanvas.lab.dream.DreamGoal;
import org.deepcanvas.lab.dream.DreamJob;
import org.deepcanvas.lab.dream.DreamSettings;
import org.deepcanvas.lab.imageopt.ImageOptWorkload;
import org.deepcanvas.lab.imageopt.ImageSettings;
import org.deepcanvas.lab.imageopt.MemoryEstimate;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.training.ImageWell;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.TrainingPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * Deep dream (CADL session 4): a network amplifies what it sees in a picture (or in
 * noise), octave by octave, then, with a zoom, dives into its own dream frame after frame.
 */
public final class DreamPane extends TrainingPane<DreamSettings, DreamJob> {
    private final ImageWell start;
    private final CheckBox fromNoise = new CheckBox("Start from noise");
    private final DreamControls dreamControls;
    private final Label memory = SidePanel.hint("");

    public DreamPane(PaneServices services) {
        this(services, new DreamControls());
    }

    private DreamPane(PaneServices services, DreamControls dreamControls) {
        super("Deep dream", MaterialDesignE.EYE_OUTLINE, "dream", services, dreamControls);
        this.dreamControls = dreamControls;
        describeOutput("Dream", "Press Start: the dream grows here, small octaves first");
        start = newWell("Start image", "start", ImageSettings.MAX_SIZE).followDataset(0);
        start.setId("dream-start");
        fromNoise.setId("dream-noise");
        fromNoise.setTooltip(new Tooltip("Dream into grey noise instead of the picture: what the network imagines on its own"));
        start.disableProperty().bind(fromNoise.selectedProperty());
        addInputs(SidePanel.section("Dream into"), fromNoise);
        addCanvas(start);
        start.imageProperty().addListener((obs, old, image) -> rebuildJob());
        fromNoise.selectedProperty().addListener((obs, old, noise) -> rebuildJob());
        memory.setId("dream-memory");
        addAfterTraining(SidePanel.section("Memory"), memory);
        dreamControls.settingsProperty().addListener((obs, old, settings) -> showMemory(settings));
        showMemory(dreamControls.settings());
    }

    /** What a step at the chosen size needs (layers' activations and their gradients), before a run. */
    private void showMemory(DreamSettings settings) {
        try {
            Set<String> layers = settings.goals().stream().map(DreamGoal::layer).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            if (layers.isEmpty()) {
                memory.setText("A class dream runs the whole network at its input size.");
                return;
            }
            Architecture network = dreamControls.networks().architecture(settings.network()).featuresOnly();
            MemoryEstimate estimate = MemoryEstimate.of(ImageOptWorkload.dream(network, layers, 0),
                    settings.size(), settings.size(), true);
            memory.setText(String.format("A step at %d px needs about %d MiB.", settings.size(),
                    estimate.totalBytes() >> 20));
        } catch (IOException | IllegalArgumentException e) {
            memory.setText("No estimate for this network: " + e.getMessage());
        }
    }

    @Override
    protected Optional<DreamJob> newJob() {
        if (fromNoise.isSelected()) {
            return Optional.of(new DreamJob(dreamControls.networks()::open, null));
        }
        return start.image().map(image -> new DreamJob(dreamControls.networks()::open, image.image()));
    }

    @Override
    protected String subject() {
        return fromNoise.isSelected() ? "noise" : start.image().map(image -> image.subject()).orElse("");
    }
}
