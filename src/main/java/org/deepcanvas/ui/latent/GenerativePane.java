package org.deepcanvas.ui.latent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.latent.Explorable;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.lab.trainingset.TrainingSource;
import org.deepcanvas.runtime.Job;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.SettingsControls;
import org.deepcanvas.ui.training.TrainingPane;
import org.kordamp.ikonli.Ikon;

/**
 * What the panes of generative models (autoencoders, GANs) share on top of the training
 * skeleton: the training-set choice and its loading, the latent explorer on the right, save
 * and open of the model (an opened one waits, explorable, for Start), and Export GIF of a
 * latent walk while it plays.
 *
 * @param <S> the settings record
 * @param <J> the job, which the latent views can look into
 */
public abstract class GenerativePane<S extends Record, J extends Job<S> & Explorable> extends TrainingPane<S, J> {
    protected final LatentExplorerPanel explorer;
    protected final TrainingSetChoice dataChoice;
    private final String what;
    private final String experiment;
    private final boolean resizesFashion;
    private TrainingSet data;
    private Path savedModel;

    /**
     * @param what the model, for messages and dialogs ("autoencoder")
     * @param sides the image sides the model is built for, the first the default
     * @param resizesFashion whether Fashion-MNIST is resized to the chosen side too
     */
    protected GenerativePane(String title, Ikon icon, String experiment, PaneServices services,
                             SettingsControls<S> controls, String what, List<Integer> sides, boolean resizesFashion) {
        super(title, icon, experiment, services, controls);
        this.what = what;
        this.experiment = experiment;
        this.resizesFashion = resizesFashion;
        explorer = new LatentExplorerPanel(explorerTarget(), services.status());
        session.handleProperty().addListener((obs, old, handle) -> explorer.reset());
        dataChoice = new TrainingSetChoice(services, Character.toUpperCase(what.charAt(0)) + what.substring(1), sides,
                resizesFashion, this::seed, loaded -> {
                    data = loaded;
                    useNewJob();
                });
        dataChoice.setBeforeReload(() -> {
            data = null;
            savedModel = null;
        });
        addInputs(dataChoice);
    }

    /** A job training on {@code data}, from {@code savedModel} when it is not null. */
    protected abstract J newJob(TrainingSet data, Path savedModel);

    /** Writes the job's model to {@code file} (compute thread). */
    protected abstract Path save(J job, Path file) throws IOException;

    /** The settings a saved model was trained with, read from its settings file. */
    protected abstract S savedSettings(Path file) throws IOException;

    /** The network's short name in provenance, the command's --kind ("conv-vae", "dcgan"). */
    protected abstract String networkId(S settings);

    /**
     * The job being explored and its handle, for the latent views; null before there is one.
     * The handle is taken now, not when an answer arrives, so an answer about a replaced
     * job is told apart and dropped.
     */
    protected final Supplier<LatentExplorerPanel.Target> explorerTarget() {
        return () -> session.job().map(job -> new LatentExplorerPanel.Target(session.handleProperty().get(), job))
                .orElse(null);
    }

    /** The training set of the current job, or null while it is being read. */
    protected final TrainingSet data() {
        return data;
    }

    /** Save model… and Open model…. */
    protected final Node modelButtons() {
        return new ModelFileButtons(what, services, this::baseName, file -> session.ask(job -> save(job, file)),
                this::openModel);
    }

    @Override
    protected final Optional<J> newJob() {
        if (data == null) {
            dataChoice.load();
            return Optional.empty();
        }
        return Optional.of(newJob(data, savedModel));
    }

    /** As the experiment's command records it: the training images and how they were prepared, and the network. */
    @Override
    protected Provenance describeRun(Provenance base) {
        String network = networkId(session.settings().orElse(controls.settings()));
        TrainingSource source = dataChoice.source();
        try {
            Provenance run = base.withNetwork(savedModel == null ? Provenance.Network.trained(network)
                    : Provenance.Network.fromFile(network, savedModel));
            if (source.fashionMnist()) {
                run = run.withInput(InputFile.bundled(TrainingSource.ROLE, FashionMnist.BUNDLED));
                return resizesFashion ? run.withOptions(Map.of("size", source.side())) : run;
            }
            return run.withOptions(Map.of("size", source.side(), "colour", source.colour()))
                    .withInputs(services.datasetInputs().describe(TrainingSource.ROLE));
        } catch (IOException e) {
            services.status().set("The training files cannot be read for the export's record: " + e.getMessage());
            return base;
        }
    }

    @Override
    protected String subject() {
        return dataChoice.source().fashionMnist() ? "fashion" : "dataset";
    }

    @Override
    public List<ArgbImage> animationFrames() {
        return explorer.walkShowing() ? explorer.walkFrames() : super.animationFrames();
    }

    @Override
    public String baseName() {
        return explorer.walkShowing() ? subject() + "-" + experiment + "-walk" : super.baseName();
    }

    /** A new job on the loaded data; one from a saved model waits, explorable, for Start. */
    private void useNewJob() {
        if (rebuildJob() && savedModel != null) {
            session.handleProperty().get().startPaused();
            services.status().set("Opened " + savedModel.getFileName() + ": explore it, or press Start to train on");
        }
    }

    private void openModel(Path file) throws IOException {
        S saved = savedSettings(file);
        session.stop();
        controls.show(saved);
        savedModel = file;
        if (data == null) {
            dataChoice.load();
        } else {
            useNewJob();
        }
    }
}
