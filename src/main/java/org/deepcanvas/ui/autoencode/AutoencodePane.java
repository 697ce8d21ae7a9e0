package org.deepcanvas.ui.autoencode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.deepcanvas.data.Dataset;
import javafx.stage.FileChooser;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.autoencode.AutoencodeJob;
import org.deepcanvas.lab.autoencode.AutoencodeRecord;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.lab.autoencode.AutoencoderFiles;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.lab.trainingset.TrainingSource;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.controls.WhyDisabled;
import org.deepcanvas.ui.latent.LatentExplorerPanel;
import org.deepcanvas.ui.shell.Messages;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.TrainingPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * Autoencoders (CADL session 3) as an instrument: train one on Fashion-MNIST or the
 * dataset, watch the reconstructions sharpen, and explore its latent plane while it learns.
 */
public final class AutoencodePane extends TrainingPane<AutoencodeSettings, AutoencodeJob> {
    private enum GifSubject { RECONSTRUCTIONS, MANIFOLD }

    private static final String MODEL_PATTERN = "*.safetensors";

    private final ComboBox<GifSubject> gifSubject = SidePanel.choice(GifSubject.values(), GifSubject.RECONSTRUCTIONS,
            subject -> subject == GifSubject.MANIFOLD ? "Manifold over training" : "Reconstructions");
    private final LatentExplorerPanel explorer;
    private TrainingSource source = TrainingSource.FASHION_MNIST;
    private TrainingSet data;
    private Path savedModel;
    private boolean loading;

    public AutoencodePane(PaneServices services) {
        super("Autoencoders", MaterialDesignV.VECTOR_COMBINE, AutoencodeRecord.EXPERIMENT, services, new AutoencodeControls());
        describeOutput("Reconstructions: input, noisy input, output",
                "Press Start: inputs, noisy inputs and reconstructions appear here");
        explorer = new LatentExplorerPanel(() -> session.job().map(job -> (LatentExplorerPanel.Target) new LatentExplorerPanel.Target() {
            @Override
            public JobHandle<?> handle() {
                return session.handleProperty().get();
            }

            @Override
            public AutoencodeJob job() {
                return job;
            }
        }).orElse(null), services.status());
        setRightPanel(explorer);
        session.handleProperty().addListener((obs, old, handle) -> explorer.reset());
        addInputs(dataChoice());
        gifSubject.setTooltip(new Tooltip("What Export GIF writes: the reconstructions as they improved,"
                + " or the latent plane's decoded manifold over training"));
        addAfterTraining(modelButtons(), SidePanel.section("Export GIF of"), gifSubject,
                SidePanel.hint("A latent walk, while it plays, is what Export GIF writes."));
    }

    @Override
    protected Optional<AutoencodeJob> newJob() {
        if (data == null) {
            load();
            return Optional.empty();
        }
        return Optional.of(savedModel == null ? AutoencodeJob.training(data) : AutoencodeJob.fromSavedModel(data, savedModel));
    }

    /** As `deepcanvas autoencode` records it: the training images and how they were prepared, and the network. */
    @Override
    protected Provenance describeRun(Provenance base) {
        AutoencodeSettings settings = base.settingsAs(AutoencodeSettings.class);
        try {
            Provenance.Network network = savedModel == null
                    ? Provenance.Network.trained(AutoencodeRecord.networkId(settings.architecture()))
                    : Provenance.Network.fromFile(AutoencodeRecord.networkId(settings.architecture()), savedModel);
            Provenance run = base.withNetwork(network);
            return source.fashionMnist()
                    ? run.withInput(InputFile.bundled(AutoencodeRecord.DATASET, FashionMnist.BUNDLED))
                    : run.withOptions(Map.of("size", source.side(), "colour", source.colour()))
                            .withInputs(services.datasetInputs().describe(AutoencodeRecord.DATASET));
        } catch (IOException e) {
            services.status().set("The training files cannot be read for the export's record: " + e.getMessage());
            return base;
        }
    }

    @Override
    protected String subject() {
        return source.fashionMnist() ? "fashion" : "dataset";
    }

    @Override
    public List<ArgbImage> animationFrames() {
        if (explorer.walkShowing()) {
            return explorer.walkFrames();
        }
        return gifSubject.getValue() == GifSubject.MANIFOLD ? explorer.manifoldHistory() : super.animationFrames();
    }

    @Override
    public String baseName() {
        return explorer.walkShowing() ? subject() + "-autoencode-walk" : super.baseName();
    }

    /** Reads the chosen data in the background, then makes a new job on it. */
    private void load() {
        if (loading) {
            return;
        }
        loading = true;
        TrainingSource from = source;
        long runSeed = seed();
        Dataset images = services.dataset().getValue();
        Task<TrainingSet> task = new Task<>() {
            @Override
            protected TrainingSet call() throws Exception {
                updateTitle("Loading " + from.describe());
                return from.load(images, runSeed);
            }
        };
        task.setOnSucceeded(e -> {
            loading = false;
            data = task.getValue();
            useNewJob();
        });
        task.setOnFailed(e -> {
            loading = false;
            services.status().set("Autoencoder data: " + Messages.rootCause(task.getException()));
        });
        services.work().submit(task);
    }

    /** A new job on the loaded data; one from a saved model waits, explorable, for Start. */
    private void useNewJob() {
        if (rebuildJob() && savedModel != null) {
            session.handleProperty().get().startPaused();
            services.status().set("Opened " + savedModel.getFileName() + ": explore it, or press Start to train on");
        }
    }

    private VBox dataChoice() {
        ComboBox<String> choice = new ComboBox<>();
        choice.getItems().addAll("Fashion-MNIST (bundled)", "Dataset images");
        choice.setValue(choice.getItems().get(0));
        choice.setTooltip(new Tooltip("Train on 60,000 bundled clothing images, or on the Dataset pane's images"));
        Spinner<Integer> side = SidePanel.spinner(TrainingSet.MIN_SIDE, TrainingSet.MAX_SIDE, 28, 4);
        side.setTooltip(new Tooltip("The dataset images are resized to this for training"));
        ComboBox<String> colour = new ComboBox<>();
        colour.getItems().addAll("Gray", "Colour");
        colour.setValue("Gray");
        colour.setTooltip(new Tooltip("Train on gray or on colour versions of the dataset images"));
        ObservableValue<String> fixedByFashionMnist = choice.valueProperty().map(chosen ->
                chosen.equals(choice.getItems().get(0)) ? "Fashion-MNIST comes as 28 x 28 gray images: size and"
                        + " channels apply to the Dataset images" : "");
        Button reload = new Button("Load data");
        reload.setTooltip(new Tooltip("Read the chosen images and make a new network on them"));
        reload.setOnAction(e -> {
            source = choice.getSelectionModel().getSelectedIndex() == 0 ? TrainingSource.FASHION_MNIST
                    : new TrainingSource(false, side.getValue(), colour.getValue().equals("Colour"));
            data = null;
            savedModel = null;
            load();
        });
        return new VBox(8, SidePanel.section("Data"), choice, SidePanel.row("Size (dataset)",
                WhyDisabled.wrap(side, fixedByFashionMnist)), SidePanel.row("Channels",
                WhyDisabled.wrap(colour, fixedByFashionMnist)), reload);
    }

    private HBox modelButtons() {
        Button save = new Button("Save model…");
        save.setTooltip(new Tooltip("Write the network and its settings to a .safetensors file"));
        save.setOnAction(e -> saveModel());
        Button open = new Button("Open model…");
        open.setTooltip(new Tooltip("Load a saved autoencoder to explore it, or train it on"));
        open.setOnAction(e -> openModel());
        return new HBox(6, save, open);
    }

    private void saveModel() {
        services.prompts().target(baseName() + ".safetensors", "safetensors", MODEL_PATTERN).ifPresent(file ->
                session.ask(job -> job.save(file)).whenComplete((path, error) -> services.status().set(error == null
                        ? "Saved " + path + " and its settings" : "Save failed: " + Messages.rootCause(error))));
    }

    private void openModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an autoencoder");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("safetensors", MODEL_PATTERN));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            AutoencodeSettings saved = AutoencoderFiles.readInfo(file.toPath()).settings();
            session.stop();
            controls.show(saved);
            savedModel = file.toPath();
            if (data == null) {
                load();
            } else {
                useNewJob();
            }
        } catch (IOException | RuntimeException e) {
            services.status().set("Cannot open " + file.getName() + ": " + Messages.rootCause(e));
        }
    }
}
