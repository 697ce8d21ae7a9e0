package org.deepcanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.deepcanvas.export.Presets;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.runtime.FrameRecorder;
import org.deepcanvas.runtime.Job;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.RunOptions;
import org.deepcanvas.ui.canvas.FramePlayer;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.shell.ExperimentPane;
import org.deepcanvas.ui.shell.Restorable;
import org.deepcanvas.ui.shell.RunControls;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The skeleton every training pane is composed from: a session with its run buttons, the
 * seed, the settings controls (with Reset to defaults, presets, and a guard against
 * restarts that would discard training), the live output canvas, the progress line, the
 * frame timeline, the loss chart, PNG and GIF export with the CLI's provenance, restoring
 * from a result, a scrolling side panel, and the engine-unavailable state.
 *
 * <p>A pane supplies only what is its own:
 * <ul>
 * <li>{@code super(title, icon, experiment, services, controls)}: the experiment id is the
 *     CLI's ("paint"), the controls a {@link SettingsControls} over the settings record;</li>
 * <li>{@link #newJob()}: a job on the current inputs, or empty while they are missing;</li>
 * <li>{@link #newWell(String, String, int)} for each input image, with the CLI option's
 *     name as its role ("image", "guide", "style");</li>
 * <li>{@link #addInputs} (above the run buttons: wells, data choices),
 *     {@link #addCanvas} (beside {@link #output}), {@link #addAfterTraining} (below the
 *     settings), {@link #setRightPanel};</li>
 * <li>{@link #rebuildJob()} when an input changes; {@link #session}{@code .ask(job -> ...)}
 *     to query the job on the compute thread; {@link #play} to show a computed sequence
 *     (a latent walk), which Export GIF then writes;</li>
 * <li>optionally {@link #subject()} (the input's name, for export file names),
 *     {@link #describeRun} (the options, other inputs and network the CLI records) and
 *     {@link #uses} (a well the current job leaves aside).</li>
 * </ul>
 */
public abstract class TrainingPane<S extends Record, J extends Job<S>> extends ExperimentPane implements Restorable {
    private static final double SIDE_WIDTH = 285;
    private static final double RIGHT_WIDTH = 295;

    protected final PaneServices services;
    protected final TrainingSession<S, J> session;
    protected final SettingsControls<S> controls;
    /** Where the job's frames appear (and a played sequence). */
    protected final LiveCanvas output = new LiveCanvas("Press Start: the result appears here");
    protected final FrameTimeline timeline = new FrameTimeline(output::offer);
    private final String experiment;
    private final Spinner<Integer> seed = SidePanel.spinner(0, Integer.MAX_VALUE, 42, 1);
    private final FramePlayer player = new FramePlayer(output);
    private final TrainingLayout layout = new TrainingLayout();
    private final RestartGuard<S> guard;
    private final List<ImageWell> wells = new ArrayList<>();
    private String playing = "";
    private FrameRecorder.Limits recording = FrameRecorder.Limits.DEFAULT;

    protected TrainingPane(String title, Ikon icon, String experiment, PaneServices services,
                           SettingsControls<S> controls) {
        super(title, icon);
        this.experiment = experiment;
        this.services = services;
        this.controls = controls;
        this.session = new TrainingSession<>(services.runtime(), title);
        this.guard = new RestartGuard<>(session, controls);
        output.setId(experiment + "-output");
        output.onSaveRequested(image -> services.exports().savePng(this, image));
        layout.progress.setId(experiment + "-progress");
        seed.setTooltip(new Tooltip("Seeds the network's first weights and the batches: the same seed repeats a run."
                + " A new seed applies at the next Start."));
        session.beforeStart(this::beforeStart);
        session.handleProperty().addListener((obs, old, handle) -> layout.progress.setText("Not started"));
        timeline.followingProperty().addListener((obs, was, following) -> {
            if (following) {
                stopPlaying();
            }
        });
        root.setLeft(SidePanel.scrolling(layout.side(new RunButtons(session, services.engineProblem()),
                guard, controls, SidePanel.row("Seed", seed), settingsTools()), SIDE_WIDTH));
        LossChart chart = new LossChart();
        new TrainingMonitor(session, output, chart, timeline, layout.progress).runWhileShown(root);
        root.setCenter(layout.centre(output, timeline, chart));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && session.handleProperty().get() == null) {
                rebuildJob();
            }
        });
    }

    /** A new job on the pane's current inputs, or empty while an input is missing; may throw IllegalArgumentException with a reason. */
    protected abstract Optional<J> newJob();

    /** The name of what the pane works on ("astronaut"), the first word of export names; empty for none. */
    protected String subject() {
        return "";
    }

    /** What the timeline and Export GIF keep of a run, from the next job on (larger frames need more). */
    protected final void recordFrames(FrameRecorder.Limits limits) {
        recording = limits;
    }

    /** The seed the next run starts with. */
    protected final long seed() {
        return seed.getValue();
    }

    /**
     * A new image well for one of the pane's inputs, placed by the pane with
     * {@link #addInputs} or {@link #addCanvas(Node)}. The skeleton knows its wells: their
     * files go into provenance under the role (name it as the CLI's option: "image",
     * "guide", "style"), and restoring a result refills them by role.
     */
    protected final ImageWell newWell(String title, String role, int maxSide) {
        ImageWell well = new ImageWell(title, role, services, maxSide);
        wells.add(well);
        return well;
    }

    /** A well whose provenance role is its title in lower case ("Source": "source"). */
    protected final ImageWell newWell(String title, int maxSide) {
        return newWell(title, title.toLowerCase(Locale.ROOT).replace(' ', '-'), maxSide);
    }

    /** Adds nodes above the run buttons: the pane's inputs. */
    protected final void addInputs(Node... nodes) {
        layout.inputs.getChildren().addAll(nodes);
    }

    /** Adds nodes below the settings and the seed. */
    protected final void addAfterTraining(Node... nodes) {
        layout.afterTraining.getChildren().addAll(nodes);
    }

    /** Adds a titled canvas beside the output. */
    protected final void addCanvas(String title, Node canvas) {
        layout.addCanvas(title, canvas);
    }

    /** Adds a node that has its own title (an {@link ImageWell}) beside the output. */
    protected final void addCanvas(Node titled) {
        layout.addCanvas(titled);
    }

    /** Names the output canvas ("Prediction") and says what it shows while empty. */
    protected final void describeOutput(String title, String emptyHint) {
        layout.outputTitle.setText(title);
        output.setHint(emptyHint);
    }

    /** A panel on the right (a latent explorer), scrolling when the window is short. */
    protected final void setRightPanel(Node panel) {
        panel.getStyleClass().add("side-panel");
        root.setRight(SidePanel.scrolling(panel, RIGHT_WIDTH));
    }

    /**
     * Makes a new job on the current inputs with the current settings and seed, closing
     * the old one; a running pane keeps running on the new job.
     *
     * @return true when there is a new job (false: an input is missing or unusable, and the status says why)
     */
    protected final boolean rebuildJob() {
        if (services.runtime().isClosing()) {
            return false; // an image that finished loading while the studio closes
        }
        Optional<J> next;
        try {
            next = newJob();
        } catch (IllegalArgumentException e) {
            services.status().set("Cannot use this input for " + title() + ": " + e.getMessage());
            return false;
        }
        if (next.isEmpty()) {
            return false;
        }
        boolean wasRunning = session.stateProperty().get().phase() == Phase.RUNNING;
        stopPlaying();
        output.clear();
        timeline.followingProperty().set(true);
        session.use(next.get(), controls.settings(), RunOptions.defaults().withSeed(seed.getValue()).withRecording(recording));
        if (wasRunning) {
            session.start();
        }
        return true;
    }

    /** Plays a sequence on the output, over and over; Export GIF writes it; "Live" ends it. */
    protected final void play(List<ArgbImage> frames, String what) {
        timeline.followingProperty().set(false);
        playing = what;
        player.play(frames);
    }

    private void stopPlaying() {
        player.stop();
        playing = "";
    }

    /**
     * Start and Resume return to live; a new seed starts on a fresh job; settings a run
     * diverged with are not used again without asking.
     */
    private boolean beforeStart() {
        Phase phase = session.stateProperty().get().phase();
        if (phase == Phase.DIVERGED && !guard.mayStartAfterDivergence(services.prompts())) {
            return false;
        }
        timeline.followingProperty().set(true);
        if (phase != Phase.PAUSED && seed.getValue() != session.seed()) {
            return rebuildJob();
        }
        return true;
    }

    @Override
    public Optional<RunControls> runControls() {
        return Optional.of(session);
    }

    @Override
    public Optional<Restorable> restorable() {
        return Optional.of(this);
    }

    @Override
    public String experiment() {
        return experiment;
    }

    @Override
    public void restore(Provenance provenance) {
        services.status().set(ResultRestore.restore(title(), provenance, controls, seed, wells));
    }

    @Override
    public String baseName() {
        List<String> parts = new ArrayList<>();
        if (!subject().isEmpty()) {
            parts.add(subject());
        }
        parts.add(experiment);
        parts.add(playing.isEmpty() ? "step" + timeline.shownStep().orElse(session.steps()) : playing);
        return String.join("-", parts);
    }

    @Override
    public Optional<ArgbImage> currentImage() {
        return output.current();
    }

    @Override
    public List<ArgbImage> animationFrames() {
        return player.isPlaying() ? player.frames() : timeline.selectedImages();
    }

    /**
     * What the CLI writes for the same result: the settings record the job runs with, the
     * seed, the step of the frame on show, the engine's versions, the wells' images, and
     * what {@link #describeRun} adds.
     */
    @Override
    public Provenance provenance() {
        JobHandle<S> handle = session.handleProperty().get();
        Provenance base = handle == null ? Provenance.of(experiment, controls.settings(), seed())
                : handle.provenance(experiment).withStep(timeline.shownStep().orElse(handle.steps()));
        return describeRun(base.withInputs(wells.stream().filter(this::uses).flatMap(well -> well.image().stream())
                .map(WellImage::input).toList()));
    }

    /** Whether the current job is made from this well's image (a pane may leave a well aside for a while). */
    protected boolean uses(ImageWell well) {
        return true;
    }

    /**
     * Adds what a rerun needs beyond the settings, as the experiment's CLI command records
     * it: its options ({@code withOptions}), inputs other than wells, the network.
     */
    protected Provenance describeRun(Provenance base) {
        return base;
    }

    /** Reset to defaults and the presets, under the settings. */
    private HBox settingsTools() {
        Button reset = new Button("Reset to defaults", new FontIcon(MaterialDesignR.RESTORE));
        reset.setId(experiment + "-reset");
        reset.setTooltip(new Tooltip("Put every setting back to the course's defaults"));
        reset.setOnAction(e -> controls.show(controls.defaults()));
        PresetMenu presets = new PresetMenu(experiment, Presets.standard(), services.prompts(), services.status(),
                this::provenance, this::restore);
        return new HBox(6, reset, presets);
    }
}
