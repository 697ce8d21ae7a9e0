package org.deepcanvas.ui.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.lab.latent.Explorable;
import org.deepcanvas.lab.latent.Interpolation;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.lab.latent.LatentPlane;
import org.deepcanvas.lab.latent.LatentPoint;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.ui.canvas.FramePlayer;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.controls.WhileShown;
import org.deepcanvas.ui.shell.Messages;

/**
 * Explores what a generative network learned while it trains: the decoded manifold of a
 * latent plane with the test images scattered on it, the image under the mouse, and walks
 * between two test images. Every question goes to the compute thread between two training
 * steps. Any pane whose job is {@link Explorable} composes it.
 */
public final class LatentExplorerPanel extends VBox {
    static final int CELLS = 10;
    private static final int SCATTER_POINTS = 500;
    private static final int WALK_FRAMES = 30;
    private static final int MANIFOLD_HISTORY = 200;
    private static final int PRIOR_SAMPLES = 16;

    /** The job being explored, and how to reach its compute thread. */
    public interface Target {
        JobHandle<?> handle();

        Explorable job();
    }

    private record PlaneView(LatentPlane plane, ArgbImage manifold, List<LatentPoint> points) {}

    private final Supplier<Target> target;
    private final StringProperty status;
    private final LatentPlaneView planeView = new LatentPlaneView(this::hover);
    private final LiveCanvas decoded = new LiveCanvas("Hover over the plane");
    private final FramePlayer walkPlayer = new FramePlayer(decoded);
    private final Slider radius = new Slider(0.25, 6, 2);
    private final CheckBox principal = new CheckBox("Principal directions");
    private final Spinner<Integer> xAxis = SidePanel.spinner(0, 63, 0, 1);
    private final Spinner<Integer> yAxis = SidePanel.spinner(0, 63, 1, 1);
    private final List<ArgbImage> manifoldHistory = new ArrayList<>();
    private LatentPlane plane;
    private boolean refreshing;
    private boolean decoding;
    private double[] pendingHover;
    private long priorDraws;

    /** A panel over whatever {@code target} supplies at the moment (null: nothing to explore yet). */
    public LatentExplorerPanel(Supplier<Target> target, StringProperty status) {
        this.target = target;
        this.status = status;
        setSpacing(8);
        decoded.setId("latent-decoded");
        decoded.setPrefSize(160, 160);
        Label radiusLabel = new Label();
        radiusLabel.textProperty().bind(radius.valueProperty().map(r -> String.format("plane [-%.2f, %.2f]", r, r)));
        radius.valueProperty().addListener((obs, old, r) -> refresh());
        principal.selectedProperty().addListener((obs, old, on) -> refresh());
        xAxis.valueProperty().addListener((obs, old, axis) -> refresh());
        yAxis.valueProperty().addListener((obs, old, axis) -> refresh());

        Spinner<Integer> from = SidePanel.spinner(0, 9_999, 0, 1);
        Spinner<Integer> to = SidePanel.spinner(0, 9_999, 1, 1);
        ComboBox<Interpolation> interpolation = SidePanel.choice(Interpolation.values(), Interpolation.SLERP);
        Button dream = new Button("Sample from the prior");
        dream.setOnAction(e -> samplePrior());
        Button walk = new Button("Walk");
        walk.setOnAction(e -> walk(from.getValue(), to.getValue(), interpolation.getValue()));

        VBox.setVgrow(planeView, Priority.ALWAYS);
        HBox axes = new HBox(6, new Label("axes"), xAxis, yAxis);
        getChildren().addAll(SidePanel.section("Latent plane"), planeView, radius, radiusLabel,
                principal, axes, SidePanel.hint("Axes and principal directions matter for codes larger than 2."),
                SidePanel.section("Under the mouse"), decoded, dream,
                SidePanel.hint("A VAE's prior is N(0, 1): sampling it shows what the decoder dreams up."),
                SidePanel.section("Walk between test images"), new HBox(6, from, to), SidePanel.row("Path", interpolation), walk);

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            Target current = target.get();
            boolean training = current != null && current.handle().state().phase() == Phase.RUNNING;
            if (training || plane == null) {
                refresh();
            }
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        WhileShown.run(this, ticker::play, ticker::stop);
    }

    /** Frames of the manifold as it changed over training, for a GIF. */
    public List<ArgbImage> manifoldHistory() {
        return List.copyOf(manifoldHistory);
    }

    public boolean walkShowing() {
        return walkPlayer.isPlaying();
    }

    public List<ArgbImage> walkFrames() {
        return walkPlayer.frames();
    }

    /** Forgets the previous job's plane and history. */
    public void reset() {
        manifoldHistory.clear();
        plane = null;
        pendingHover = null;
        walkPlayer.stop();
        decoded.clear();
    }

    /** Decodes the manifold and scatters the test images again, unless a request is still out. */
    public void refresh() {
        Target current = target.get();
        if (refreshing || current == null || !explorable(current.handle().state())) {
            return;
        }
        refreshing = true;
        boolean usePrincipal = principal.isSelected();
        int x = xAxis.getValue();
        int y = yAxis.getValue();
        double r = radius.getValue();
        ask(current, () -> {
            LatentExplorer explorer = current.job().explorer();
            LatentPlane next = usePrincipal && explorer.codeSize() > 2
                    ? explorer.principalPlane(current.job().data(), SCATTER_POINTS)
                    : LatentPlane.axes(explorer.codeSize(), Math.min(x, explorer.codeSize() - 1),
                            Math.min(y, explorer.codeSize() - 1));
            return new PlaneView(next, explorer.manifold(next, CELLS, CELLS, r),
                    explorer.scatter(current.job().data(), next, SCATTER_POINTS));
        }, view -> {
            plane = view.plane();
            planeView.show(view.manifold(), CELLS, r, view.points());
            if (manifoldHistory.size() == MANIFOLD_HISTORY) {
                manifoldHistory.remove(0);
            }
            manifoldHistory.add(view.manifold());
        }, () -> refreshing = false);
    }

    private static boolean explorable(JobState state) {
        return state.phase() == Phase.RUNNING || state.phase() == Phase.PAUSED || state.phase() == Phase.COMPLETED;
    }

    private void hover(double x, double y) {
        walkPlayer.stop();
        pendingHover = new double[] {x, y};
        if (!decoding) {
            decodePending();
        }
    }

    private void decodePending() {
        Target current = target.get();
        LatentPlane onPlane = plane;
        double[] xy = pendingHover;
        pendingHover = null;
        if (current == null || onPlane == null || xy == null) {
            return;
        }
        decoding = true;
        ask(current, () -> current.job().explorer().decodeAt(onPlane, xy[0], xy[1]), image -> {
            decoded.offer(image);
            decodePending();
        }, () -> decoding = false);
    }

    private void walk(int from, int to, Interpolation interpolation) {
        Target current = target.get();
        if (current == null) {
            return;
        }
        int last = current.job().data().testCount() - 1;
        if (from > last || to > last) {
            status.set("Pick test images 0 to " + last);
            return;
        }
        ask(current, () -> current.job().explorer().walkBetween(current.job().data(), from, to, WALK_FRAMES,
                interpolation), frames -> {
            walkPlayer.play(frames);
            status.set("Walking from test image " + from + " to " + to + "; File > Export GIF writes it");
        }, () -> { });
    }

    private void samplePrior() {
        Target current = target.get();
        if (current == null) {
            return;
        }
        long draw = priorDraws++;
        ask(current, () -> current.job().explorer().samplePrior(PRIOR_SAMPLES, new Random(draw)), samples -> {
            walkPlayer.stop();
            decoded.offer(Montage.of(samples).image());
        }, () -> { });
    }

    /**
     * Runs a question on the compute thread and hands the answer to the FX thread, unless
     * the job was replaced meanwhile; {@code settled} runs either way.
     */
    private <T> void ask(Target current, Callable<T> question, Consumer<T> answer, Runnable settled) {
        JobHandle<?> asked = current.handle();
        asked.call(question).whenComplete((result, error) -> Platform.runLater(() -> {
            settled.run();
            Target now = target.get();
            if (now == null || now.handle() != asked) {
                return;
            }
            if (error == null) {
                answer.accept(result);
            } else {
                status.set("Latent explorer: " + Messages.rootCause(error));
            }
        }));
    }
}
