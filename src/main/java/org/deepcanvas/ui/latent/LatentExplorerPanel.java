package org.deepcanvas.ui.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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
import org.deepcanvas.ui.controls.WhyDisabled;

/**
 * Explores what a generative network learned while it trains: the decoded manifold of a
 * latent plane (with the test images scattered on it when the network can encode them), the
 * image and the code under the mouse, samples of the prior, and walks between two points
 * clicked on the plane (a test image's dot picks that image's own code). Every question goes
 * to the compute thread between two training steps. Any pane whose job is
 * {@link Explorable} composes it.
 */
public final class LatentExplorerPanel extends VBox {
    static final int CELLS = 10;
    private static final int SCATTER_POINTS = 500;
    private static final int WALK_FRAMES = 30;
    private static final int MANIFOLD_HISTORY = 200;
    private static final int PRIOR_SAMPLES = 16;
    private static final int CODE_VALUES_SHOWN = 6;
    private static final double DECODED_SIDE = 180;
    private static final String NO_ENDS = "Click the plane twice first: the first click sets A, the second B";

    /** The job being explored, and the handle it was submitted with, which reaches its compute thread. */
    public record Target(JobHandle<?> handle, Explorable job) {}

    private record PlaneView(LatentPlane plane, ArgbImage manifold, List<LatentPoint> points, int codeSize,
                             boolean canEncode, List<String> classNames) {}

    private record WalkAnswer(List<ArgbImage> frames, List<float[]> path) {}

    /** A walk's end: a plane position, or a test image (its own code, not its projection). */
    private record WalkEnd(LatentPlane plane, double x, double y, int testImage) {
        float[] code(LatentExplorer explorer, Explorable job) {
            return testImage >= 0 ? explorer.encode(job.data().testPixels(testImage, 1))[0] : plane.code(x, y);
        }
    }

    private final ExplorerLink link;
    private final LatentPlaneView planeView = new LatentPlaneView(this::hover, this::clicked);
    private final PlaneLegend legend = new PlaneLegend();
    private final PlaneChooser chooser = new PlaneChooser(this::refresh);
    private final LiveCanvas decoded = new LiveCanvas("Hover over the plane");
    private final Label codeReadout = SidePanel.hint("");
    private final FramePlayer walkPlayer = new FramePlayer(decoded);
    private final Button walk = new Button("Walk from A to B");
    private final StringProperty walkUnavailable = new SimpleStringProperty(NO_ENDS);
    private final List<ArgbImage> manifoldHistory = new ArrayList<>();
    private final WalkEnd[] ends = new WalkEnd[2];
    private LatentPlane plane;
    private int nextEnd;
    private boolean refreshing;
    private boolean refreshAgain;
    private boolean decoding;
    private double[] pendingHover;
    private long priorDraws;

    /** A panel over whatever {@code target} supplies at the moment (null: nothing to explore yet). */
    public LatentExplorerPanel(Supplier<Target> target, StringProperty status) {
        this.link = new ExplorerLink(target, status);
        setSpacing(8);
        decoded.setId("latent-decoded");
        decoded.setPrefSize(DECODED_SIDE, DECODED_SIDE);
        decoded.setMinSize(DECODED_SIDE, DECODED_SIDE);
        codeReadout.setId("latent-code");
        codeReadout.setWrapText(true);
        ComboBox<Interpolation> interpolation = SidePanel.choice(Interpolation.values(), Interpolation.SLERP);
        interpolation.setTooltip(new Tooltip("How a walk goes from A to B: slerp keeps the codes' length, as the prior"
                + " expects; lerp takes the straight line"));
        Button dream = new Button("Sample from the prior");
        dream.setTooltip(new Tooltip("Decode 16 random codes drawn from N(0, 1): what the decoder dreams up"));
        dream.setOnAction(e -> samplePrior());
        walk.setId("latent-walk");
        walk.setOnAction(e -> walk(interpolation.getValue()));
        walk.setTooltip(new Tooltip("Decode the walk from A to B and play it above; File > Export GIF writes it"));

        VBox.setVgrow(planeView, Priority.ALWAYS);
        HBox.setHgrow(codeReadout, Priority.ALWAYS);
        // beside the 180 px preview there is room for the readout's numbers, not for a button's words
        getChildren().addAll(SidePanel.section("Latent plane"), planeView, legend, chooser,
                SidePanel.section("Under the mouse"), new HBox(10, decoded, codeReadout), dream,
                SidePanel.section("Walk"),
                SidePanel.hint("Click the plane to set A, then B; a test image's dot picks that image."),
                SidePanel.row("Path", interpolation), WhyDisabled.wrap(walk, walkUnavailable));

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            Target current = link.current();
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

    /** Forgets the previous job's plane, walk ends and history. */
    public void reset() {
        manifoldHistory.clear();
        plane = null;
        pendingHover = null;
        ends[0] = null;
        ends[1] = null;
        nextEnd = 0;
        walkUnavailable.set(NO_ENDS);
        walkPlayer.stop();
        decoded.clear();
        codeReadout.setText("");
        planeView.clear();
        chooser.reset();
    }

    /** Decodes the manifold and scatters the test images again, after the request still out. */
    public void refresh() {
        Target current = link.current();
        if (current == null || !explorable(current.handle().state())) {
            return;
        }
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        PlaneChooser.Request request = chooser.request();
        link.ask(current, () -> {
            LatentExplorer explorer = current.job().explorer();
            LatentPlane next = PlaneChooser.plane(request, explorer, current.job().data());
            List<LatentPoint> points = explorer.canEncode()
                    ? explorer.scatter(current.job().data(), next, SCATTER_POINTS) : List.of();
            return new PlaneView(next, explorer.manifold(next, CELLS, CELLS, request.radius()), points,
                    explorer.codeSize(), explorer.canEncode(), current.job().data().classNames());
        }, view -> {
            boolean newPlane = !view.plane().equals(plane);
            plane = view.plane();
            planeView.show(view.manifold(), CELLS, request.radius(), view.points());
            legend.show(view.canEncode() && !view.points().isEmpty() ? view.classNames() : List.of());
            chooser.fit(view.codeSize(), view.canEncode());
            if (newPlane) {
                planeView.showPath(List.of());
            }
            if (manifoldHistory.size() == MANIFOLD_HISTORY) {
                manifoldHistory.remove(0);
            }
            manifoldHistory.add(view.manifold());
        }, () -> {
            refreshing = false;
            if (refreshAgain) {
                refreshAgain = false;
                refresh();
            }
        });
    }

    private static boolean explorable(JobState state) {
        return state.phase() == Phase.RUNNING || state.phase() == Phase.PAUSED || state.phase() == Phase.COMPLETED;
    }

    private void hover(double x, double y) {
        walkPlayer.stop();
        if (plane != null) {
            codeReadout.setText(describe(x, y, plane.code(x, y)));
        }
        pendingHover = new double[] {x, y};
        if (!decoding) {
            decodePending();
        }
    }

    private static String describe(double x, double y, float[] code) {
        StringBuilder text = new StringBuilder(String.format("plane (%.2f, %.2f), code of %d:", x, y, code.length));
        for (int i = 0; i < Math.min(CODE_VALUES_SHOWN, code.length); i++) {
            text.append(String.format(" %.2f", code[i]));
        }
        return text.append(code.length > CODE_VALUES_SHOWN ? " …" : "").toString();
    }

    private void decodePending() {
        Target current = link.current();
        LatentPlane onPlane = plane;
        double[] xy = pendingHover;
        pendingHover = null;
        if (current == null || onPlane == null || xy == null) {
            return;
        }
        decoding = true;
        link.ask(current, () -> current.job().explorer().decodeAt(onPlane, xy[0], xy[1]), image -> {
            decoded.offer(image);
            decodePending();
        }, () -> decoding = false);
    }

    private void clicked(double x, double y, int testImage) {
        if (plane == null) {
            return;
        }
        int which = nextEnd;
        ends[which] = new WalkEnd(plane, x, y, testImage);
        nextEnd = 1 - which;
        planeView.markEnd(which, new double[] {x, y});
        planeView.showPath(List.of());
        boolean bothSet = ends[0] != null && ends[1] != null;
        walkUnavailable.set(bothSet ? "" : NO_ENDS);
        link.say((which == 0 ? "A" : "B") + (testImage >= 0 ? " is test image " + testImage : " is set")
                + (bothSet ? "; press Walk" : "; click again for B"));
    }

    private void walk(Interpolation interpolation) {
        Target current = link.current();
        WalkEnd from = ends[0];
        WalkEnd to = ends[1];
        LatentPlane shown = plane;
        if (current == null || from == null || to == null || shown == null) {
            return;
        }
        link.ask(current, () -> {
            LatentExplorer explorer = current.job().explorer();
            float[] a = from.code(explorer, current.job());
            float[] b = to.code(explorer, current.job());
            List<float[]> projected = new ArrayList<>();
            for (int i = 0; i < WALK_FRAMES; i++) {
                projected.add(shown.project(interpolation.between(a, b, i / (double) (WALK_FRAMES - 1))));
            }
            return new WalkAnswer(explorer.walk(a, b, WALK_FRAMES, interpolation), projected);
        }, answer -> {
            walkPlayer.play(answer.frames());
            planeView.showPath(answer.path());
            link.say("Walking from A to B (" + interpolation.name().toLowerCase() + "); File > Export GIF writes it");
        }, () -> { });
    }

    private void samplePrior() {
        Target current = link.current();
        if (current == null) {
            return;
        }
        long draw = priorDraws++;
        link.ask(current, () -> current.job().explorer().samplePrior(PRIOR_SAMPLES, new Random(draw)), samples -> {
            walkPlayer.stop();
            decoded.offer(Montage.of(samples).image());
        }, () -> { });
    }
}
