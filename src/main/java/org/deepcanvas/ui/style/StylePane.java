package org.deepcanvas.ui.style;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.ConvolutionSpeed;
import org.deepcanvas.lab.imageopt.StepMethod;
import org.deepcanvas.lab.style.StyleEstimate;
import org.deepcanvas.lab.style.StyleJob;
import org.deepcanvas.lab.style.StyleSettings;
import org.deepcanvas.runtime.device.DeviceMemory;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.training.ImageWell;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.TrainingPane;
import org.deepcanvas.ui.training.WellImage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The style net (Gatys et al.): the content of one picture in the style of one or more
 * others, with their blend, live weights, Adam or L-BFGS, colour and scale; before a run it
 * says what memory and time the chosen size needs on this device, and offers the largest
 * size that fits when it does not.
 */
public final class StylePane extends TrainingPane<StyleSettings, StyleJob> {
    private static final int MAX_STYLES = 4;

    private final StyleControls styleControls;
    private final ImageWell content;
    /** Every style well made so far; the first {@link #shownStyles} are in use, the rest wait to be added again. */
    private final List<ImageWell> styles = new ArrayList<>();
    private int shownStyles;
    private final VBox styleColumn = new VBox(8);
    private final Button addStyle = new Button("Style", new FontIcon(MaterialDesignP.PLUS));
    private final Button removeStyle = new Button("", new FontIcon(MaterialDesignM.MINUS));
    private final Label estimate = SidePanel.hint("");
    private final Button useLargest = new Button();
    private final Label optimiser = SidePanel.hint("");
    private Device device = Device.cpu();
    private double multiplyAddsPerSecond;

    public StylePane(PaneServices services) {
        this(services, new StyleControls());
    }

    private StylePane(PaneServices services, StyleControls styleControls) {
        super("Style net", MaterialDesignP.PALETTE_SWATCH, "style", services, styleControls);
        this.styleControls = styleControls;
        describeOutput("Stylised", "Press Start: the content takes on the style here");
        content = newWell("Content", "content", StyleSettings.LARGEST_SIZE).followDataset(0);
        content.setId("style-content");
        content.imageProperty().addListener((obs, old, image) -> inputsChanged());
        addCanvas(content);
        addStyle.setId("style-add");
        addStyle.setTooltip(new Tooltip("Add a style: take the style of one more picture; the blend sliders mix them"));
        addStyle.setOnAction(e -> addStyleWell());
        removeStyle.setId("style-remove");
        removeStyle.setTooltip(new Tooltip("Remove the last style picture"));
        removeStyle.setOnAction(e -> removeStyleWell());
        addCanvas(new VBox(8, styleColumn, new HBox(6, addStyle, removeStyle)));
        addStyleWell();
        optimiser.setId("style-running");
        estimate.setId("style-estimate");
        useLargest.setId("style-use-largest");
        useLargest.setGraphic(new FontIcon(MaterialDesignT.TARGET));
        useLargest.setVisible(false);
        useLargest.setManaged(false);
        styleControls.showPlan(estimate, useLargest);
        addInputs(optimiser);
        styleControls.settingsProperty().addListener((obs, old, settings) -> showPlan());
        session.stateProperty().addListener((obs, old, state) -> showOptimiser());
        styleControls.settingsProperty().addListener((obs, old, settings) -> showOptimiser());
        measureDevice();
        showOptimiser();
    }

    private void addStyleWell() {
        if (shownStyles == styles.size()) {
            ImageWell well = newWell("Style " + (styles.size() + 1), "style", StyleSettings.LARGEST_SIZE)
                    .followDataset(styles.size() + 1);
            well.setId("style-style-" + (styles.size() + 1));
            well.imageProperty().addListener((obs, old, image) -> {
                if (uses(well)) {
                    inputsChanged();
                }
            });
            styles.add(well);
        }
        styleColumn.getChildren().add(styles.get(shownStyles++));
        stylesChanged();
    }

    private void removeStyleWell() {
        if (shownStyles > 1) {
            styleColumn.getChildren().remove(styles.get(--shownStyles));
            stylesChanged();
        }
    }

    private void stylesChanged() {
        addStyle.setDisable(shownStyles >= MAX_STYLES);
        removeStyle.setDisable(shownStyles <= 1);
        styleControls.showStyles(shownStyles);
        inputsChanged();
    }

    private List<ImageWell> shownStyles() {
        return styles.subList(0, shownStyles);
    }

    @Override
    protected boolean uses(ImageWell well) {
        return well == content || shownStyles().contains(well);
    }

    /** As many style wells as the result had styles, then its settings and pictures. */
    @Override
    public void restore(Provenance provenance) {
        long count = provenance.inputs().stream().filter(input -> input.role().equals("style")).count();
        long wanted = Math.max(1, Math.min(MAX_STYLES, count));
        while (shownStyles < wanted) {
            addStyleWell();
        }
        while (shownStyles > wanted) {
            removeStyleWell();
        }
        super.restore(provenance);
    }

    private void inputsChanged() {
        rebuildJob();
        showPlan();
    }

    @Override
    protected Optional<StyleJob> newJob() {
        if (content.image().isEmpty() || shownStyles().stream().anyMatch(well -> well.image().isEmpty())) {
            return Optional.empty();
        }
        List<ArgbImage> pictures = shownStyles().stream().map(well -> well.image().orElseThrow().image()).toList();
        return Optional.of(new StyleJob(styleControls.networks()::open, content.image().get().image(), pictures));
    }

    @Override
    protected String subject() {
        return content.image().map(WellImage::subject).orElse("");
    }

    /** The device and its speed, once, on the compute thread; the estimate is shown again with them. */
    private void measureDevice() {
        services.runtime().device().thenCompose(found -> services.runtime().call(() -> {
            try (NDManager manager = NDManager.newBaseManager(found)) {
                return new Object[] {found, ConvolutionSpeed.multiplyAddsPerSecond(manager)};
            }
        })).whenComplete((measured, error) -> Platform.runLater(() -> {
            if (measured != null) {
                device = (Device) measured[0];
                multiplyAddsPerSecond = (Double) measured[1];
            }
            showPlan();
        }));
    }

    /** Memory and time of a run at the chosen size on this device, and the largest size that fits. */
    private void showPlan() {
        StyleSettings settings = styleControls.settings();
        double shape = content.image().map(image -> image.image().height() / (double) image.image().width()).orElse(1.0);
        String where = device.isGpu() ? "the GPU" : "the CPU";
        try {
            OptionalLong usable = DeviceMemory.usable(device);
            StyleEstimate plan = StyleEstimate.of(settings, styleControls.networks().architecture(settings.network())
                    .featuresOnly(), shownStyles, shape, !device.isGpu(), usable.orElse(Long.MAX_VALUE),
                    multiplyAddsPerSecond);
            String room = usable.isPresent() ? " of the " + bytes(plan.usableBytes()) + " " + where + " can give"
                    : " (" + where + " does not say how much it has free)";
            String levels = settings.resolutionLevels() == 1 ? ""
                    : String.format(" Solved at %d px first, then refined up to %d px.",
                            settings.size() >> (settings.resolutionLevels() - 1), settings.size());
            String time = plan.seconds() > 0 ? String.format(" About %s for %d steps.", duration(plan.seconds()),
                    settings.iterations()) : "";
            estimate.setText(String.format("%d px needs about %s%s.%s%s", settings.size(), bytes(plan.peakBytes()),
                    room, time, levels)
                    + (plan.fits() ? "" : " It will not fit."));
            useLargest.setVisible(!plan.fits() && plan.largestThatFits().isPresent());
            useLargest.setManaged(useLargest.isVisible());
            plan.largestThatFits().ifPresent(side -> {
                useLargest.setText("Use " + side + " px, the largest that fits");
                useLargest.setOnAction(e -> styleControls.show(styleControls.settings().withSize(side)));
            });
        } catch (IOException | IllegalArgumentException e) {
            estimate.setText("No estimate for this network: " + e.getMessage());
            useLargest.setVisible(false);
            useLargest.setManaged(false);
        }
    }

    /** Which optimiser moves the pixels now, or will at Start. */
    private void showOptimiser() {
        StepMethod method = session.settings().orElse(styleControls.settings()).method();
        String name = method == StepMethod.LBFGS ? "L-BFGS" : "Adam";
        boolean running = session.stateProperty().get().phase() == Phase.RUNNING;
        optimiser.setText(running ? name + " is optimising the picture." : name + " will optimise the picture.");
    }

    private static String bytes(long bytes) {
        return bytes >= 1L << 30 ? String.format("%.1f GiB", bytes / (double) (1L << 30))
                : String.format("%d MiB", bytes >> 20);
    }

    private static String duration(double seconds) {
        return seconds < 90 ? String.format("%.0f s", seconds) : seconds < 5400
                ? String.format("%.0f min", seconds / 60) : String.format("%.1f h", seconds / 3600);
    }
}
