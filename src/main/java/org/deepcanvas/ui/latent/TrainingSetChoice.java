package org.deepcanvas.ui.latent;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.lab.trainingset.TrainingSource;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.controls.WhyDisabled;
import org.deepcanvas.ui.shell.Messages;
import org.deepcanvas.ui.training.PaneServices;

/**
 * What a generative model's pane trains on, and its loading: the bundled Fashion-MNIST or
 * the Dataset pane's images, at one of the sides the model is built for, grey or colour.
 * Reading runs off the FX thread; the pane gets the training set when it is ready.
 */
public final class TrainingSetChoice extends VBox {
    private static final String FASHION = "Fashion-MNIST (bundled)";
    private static final String DATASET = "Dataset images";

    private final PaneServices services;
    private final String what;
    private final ComboBox<String> images = new ComboBox<>();
    private final ComboBox<Integer> side;
    private final ComboBox<String> colour = new ComboBox<>();
    private final LongSupplier seed;
    private final Consumer<TrainingSet> loaded;
    private Runnable beforeReload = () -> { };
    private TrainingSource source;
    private boolean loading;

    /**
     * @param what the model, for messages ("Autoencoder")
     * @param sides the image sides offered, the first the default
     * @param resizesFashion whether Fashion-MNIST is resized to the side too (else only the dataset is)
     * @param seed the pane's seed, which also chooses the dataset's held-out images
     * @param loaded receives each training set read (FX thread)
     */
    public TrainingSetChoice(PaneServices services, String what, List<Integer> sides, boolean resizesFashion,
                             LongSupplier seed, Consumer<TrainingSet> loaded) {
        super(8);
        this.services = services;
        this.what = what;
        this.seed = seed;
        this.loaded = loaded;
        this.source = new TrainingSource(true, sides.get(0), false);
        images.getItems().addAll(FASHION, DATASET);
        images.setValue(FASHION);
        images.setTooltip(new Tooltip("Train on the bundled clothing images, or on the Dataset pane's images"));
        side = SidePanel.choice(sides.toArray(Integer[]::new), sides.get(0), s -> s + " px");
        side.setTooltip(new Tooltip(resizesFashion ? "The images are resized to this for training"
                : "The dataset images are resized to this for training"));
        colour.getItems().addAll("Gray", "Colour");
        colour.setValue("Gray");
        colour.setTooltip(new Tooltip("Train on gray or on colour versions of the Dataset images"));
        if (!resizesFashion) {
            side.disableProperty().bind(images.valueProperty().isEqualTo(FASHION));
        }
        colour.disableProperty().bind(images.valueProperty().isEqualTo(FASHION));
        Button reload = new Button("Load data");
        reload.setTooltip(new Tooltip("Read the chosen images and make a new network on them"));
        reload.setOnAction(e -> {
            boolean fashion = images.getValue().equals(FASHION);
            source = new TrainingSource(fashion, fashion && !resizesFashion ? TrainingSource.FASHION_MNIST.side()
                    : side.getValue(), !fashion && colour.getValue().equals("Colour"));
            beforeReload.run();
            load();
        });
        ObservableValue<String> grayFashion = images.valueProperty().map(chosen -> chosen.equals(FASHION)
                ? "Fashion-MNIST comes as gray images: channels apply to the Dataset images" : "");
        ObservableValue<String> smallFashion = images.valueProperty().map(chosen -> chosen.equals(FASHION)
                && !resizesFashion ? "Fashion-MNIST comes as 28 x 28 images: size applies to the Dataset images" : "");
        getChildren().addAll(SidePanel.section("Data"), images, SidePanel.row("Size", WhyDisabled.wrap(side, smallFashion)),
                SidePanel.row("Channels", WhyDisabled.wrap(colour, grayFashion)), reload);
    }

    /** The images chosen when Load data was last pressed. */
    public TrainingSource source() {
        return source;
    }

    /** Runs when the user asks for other images, before they are read (the pane forgets an opened model). */
    public void setBeforeReload(Runnable action) {
        beforeReload = action;
    }

    /** Reads the chosen images in the background, unless a read is under way. */
    public void load() {
        if (loading) {
            return;
        }
        loading = true;
        TrainingSource from = source;
        Dataset dataset = services.dataset().getValue();
        long split = seed.getAsLong();
        Task<TrainingSet> task = new Task<>() {
            @Override
            protected TrainingSet call() throws Exception {
                updateTitle("Loading " + from.describe());
                return from.load(dataset, split);
            }
        };
        task.setOnSucceeded(e -> {
            loading = false;
            loaded.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            loading = false;
            services.status().set(what + " data: " + Messages.rootCause(task.getException()));
        });
        services.work().submit(task);
    }
}
