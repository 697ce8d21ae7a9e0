package org.deepcanvas.ui.dream;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.OptionalInt;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.lab.dream.DreamGoal;
import org.deepcanvas.lab.dream.DreamJob;
import org.deepcanvas.lab.dream.DreamSettings;
import org.deepcanvas.lab.imageopt.ImageOptWorkload;
import org.deepcanvas.lab.imageopt.ImageSettings;
import org.deepcanvas.lab.imageopt.MemoryEstimate;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.runtime.device.DeviceMemory;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.training.ImageWell;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.TrainingPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * Deep dream (CADL session 4): a network amplifies what it sees in a picture (or in
 * noise, or in its last dream), octave by octave, then, with a zoom, dives into its own
 * dream frame after frame.
 */
public final class DreamPane extends TrainingPane<DreamSettings, DreamJob> {
    /** What a dream starts from. */
    public enum StartFrom { PICTURE, NOISE, LAST_RESULT }

    private final ImageWell start;
    private final ComboBox<StartFrom> startFrom = SidePanel.choice(StartFrom.values(), StartFrom.PICTURE, from ->
            switch (from) {
                case PICTURE -> "the start image";
                case NOISE -> "noise";
                case LAST_RESULT -> "the last result";
            });
    private final DreamControls dreamControls;
    private final Label memory = SidePanel.hint("");
    private final Button fitSize = new Button();
    /** The picture the job in hand went on from, when it started from the last result. */
    private InputFile lastResultStart;
    /** Bytes a run may use on the compute device, once the compute thread has said. */
    private OptionalLong usable = OptionalLong.empty();

    public DreamPane(PaneServices services) {
        this(services, new DreamControls());
    }

    private DreamPane(PaneServices services, DreamControls dreamControls) {
        super("Deep dream", MaterialDesignE.EYE_OUTLINE, "dream", services, dreamControls);
        this.dreamControls = dreamControls;
        describeOutput("Dream", "Press Start: the dream grows here, small octaves first");
        start = newWell("Start image", "start", ImageSettings.MAX_SIZE).followDataset(0);
        start.setId("dream-start");
        startFrom.setId("dream-start-from");
        startFrom.setTooltip(new Tooltip("Noise: what the network imagines on its own. The last result: dream on"
                + " into the picture the last run left, with other settings"));
        start.disableProperty().bind(startFrom.valueProperty().isNotEqualTo(StartFrom.PICTURE));
        addInputs(SidePanel.section("Dream into"), SidePanel.row("From", startFrom));
        addCanvas(start);
        start.imageProperty().addListener((obs, old, image) -> rebuildJob());
        startFrom.valueProperty().addListener((obs, old, from) -> rebuildJob());
        memory.setId("dream-memory");
        fitSize.setId("dream-fit-size");
        fitSize.setTooltip(new Tooltip("Set the output size to the largest whose step fits in the device's free memory"));
        fitSize.setVisible(false);
        fitSize.managedProperty().bind(fitSize.visibleProperty());
        addAfterTraining(SidePanel.section("Memory"), memory, fitSize);
        dreamControls.settingsProperty().addListener((obs, old, settings) -> showMemory(settings));
        showMemory(dreamControls.settings());
        services.runtime().device().thenAccept(device -> { // on the compute thread, where a GPU may be asked
            OptionalLong bytes = DeviceMemory.usable(device);
            Platform.runLater(() -> {
                usable = bytes;
                showMemory(dreamControls.settings());
            });
        });
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
            ImageOptWorkload workload = ImageOptWorkload.dream(network, layers, 0);
            MemoryEstimate estimate = MemoryEstimate.of(workload, settings.size(), settings.size(), true);
            String needs = String.format("A step at %d px needs about %d MiB", settings.size(), estimate.totalBytes() >> 20);
            if (usable.isEmpty()) {
                memory.setText(needs + ".");
                return;
            }
            long free = usable.getAsLong();
            boolean fits = estimate.totalBytes() <= free;
            memory.setText(String.format("%s; %s has about %d MiB to spare%s", needs, services.runtime().deviceDescription()
                    .split(":")[0], free >> 20, fits ? "." : ": it does not fit."));
            OptionalInt largest = fits ? OptionalInt.empty() : MemoryEstimate.largestSquareThatFits(workload, free, true);
            fitSize.setVisible(largest.isPresent());
            largest.ifPresent(side -> {
                int size = Math.min(side, ImageSettings.MAX_SIZE);
                fitSize.setText("Use " + size + " px, the largest that fits");
                fitSize.setOnAction(e -> dreamControls.useSize(size));
            });
        } catch (IOException | IllegalArgumentException e) {
            memory.setText("No estimate for this network: " + e.getMessage());
        }
    }

    @Override
    protected Optional<DreamJob> newJob() {
        lastResultStart = null;
        return switch (startFrom.getValue()) {
            case NOISE -> Optional.of(new DreamJob(dreamControls.networks()::open, null));
            case LAST_RESULT -> currentImage().map(image -> {
                lastResultStart = InputFile.unsaved(start.role(), "the last result", image);
                return new DreamJob(dreamControls.networks()::open, image);
            });
            case PICTURE -> start.image().map(image -> new DreamJob(dreamControls.networks()::open, image.image()));
        };
    }

    /** A dream that went on from the last result records that picture, which no file holds. */
    @Override
    protected Provenance describeRun(Provenance base) {
        return lastResultStart == null ? base : base.withInputs(List.of(lastResultStart));
    }

    @Override
    protected String subject() {
        return switch (startFrom.getValue()) {
            case NOISE -> "noise";
            case LAST_RESULT -> "dream";
            case PICTURE -> start.image().map(image -> image.subject()).orElse("");
        };
    }

    @Override
    protected boolean uses(ImageWell well) {
        return well != start || startFrom.getValue() == StartFrom.PICTURE;
    }
}
