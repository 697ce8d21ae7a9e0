package org.deepcanvas.ui.latent;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.latent.LatentPoint;
import org.deepcanvas.ui.canvas.FxImages;

/**
 * The 2-D latent plane: the decoded manifold as background, the encoded test images as
 * dots coloured by label, the point under the mouse, the walk's two ends (A, B) and its
 * path. Reports the plane position the mouse hovers or drags over, and clicks, with the
 * test image clicked on when the click lands on one of its dots.
 */
final class LatentPlaneView extends Pane {
    /** Receives a position on the latent plane. */
    interface PlaneListener {
        void at(double x, double y);
    }

    /** Receives a click: the plane position, and the index of the test image under it or -1. */
    interface ClickListener {
        void clicked(double x, double y, int testImage);
    }

    /** One colour per class label, shared with the legend. */
    static final List<Color> LABEL_COLOURS = List.of(
            Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"),
            Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"),
            Color.web("#bcbd22"), Color.web("#17becf"));
    private static final Color ACCENT = Color.web("#e0883a");
    private static final double DOT_RADIUS = 2.5;
    private static final double CLICK_REACH = 6;
    private static final Font END_FONT = Font.font(11);

    private final Canvas canvas = new Canvas();
    private Image manifold;
    private int manifoldCells = 10;
    private double radius = 2;
    private List<LatentPoint> points = List.of();
    private double[] marker;
    private double[][] ends = new double[2][];
    private List<float[]> path = List.of();

    LatentPlaneView(PlaneListener onPointer, ClickListener onClick) {
        getStyleClass().add("live-canvas");
        setId("latent-plane");
        getChildren().add(canvas);
        setMinSize(200, 200);
        widthProperty().addListener((obs, old, w) -> redraw());
        heightProperty().addListener((obs, old, h) -> redraw());
        canvas.setOnMouseMoved(e -> pointer(e.getX(), e.getY(), onPointer));
        canvas.setOnMouseDragged(e -> pointer(e.getX(), e.getY(), onPointer));
        canvas.setOnMouseClicked(e -> {
            double[] xy = toPlane(e.getX(), e.getY());
            if (xy != null) {
                onClick.clicked(xy[0], xy[1], testImageAt(e.getX(), e.getY()));
            }
        });
    }

    /** Shows a new manifold of cells x cells images, decoded over [-radius, radius]. */
    void show(ArgbImage manifoldImage, int cells, double planeRadius, List<LatentPoint> scatter) {
        manifold = FxImages.of(manifoldImage);
        manifoldCells = cells;
        radius = planeRadius;
        points = scatter;
        redraw();
    }

    /** Marks walk end {@code which} (0 = A, 1 = B) at a plane position, or clears it (null). */
    void markEnd(int which, double[] position) {
        ends[which] = position;
        redraw();
    }

    /** Draws a walk's codes projected on the plane ({x, y} each), or nothing for an empty list. */
    void showPath(List<float[]> projected) {
        path = List.copyOf(projected);
        redraw();
    }

    /** Forgets the plane, the ends and the path. */
    void clear() {
        manifold = null;
        points = List.of();
        marker = null;
        ends = new double[2][];
        path = List.of();
        redraw();
    }

    @Override
    protected void layoutChildren() {
        double side = Math.max(0, Math.min(getWidth(), getHeight()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate((getWidth() - side) / 2, (getHeight() - side) / 2);
    }

    /** Half the width of the plane the manifold covers: the grid's centres span [-r, r], plus half a cell. */
    private double extent() {
        return manifoldCells > 1 ? radius * manifoldCells / (manifoldCells - 1) : radius;
    }

    private double[] toPlane(double px, double py) {
        double side = canvas.getWidth();
        if (side <= 0 || manifold == null) {
            return null;
        }
        double e = extent();
        return new double[] {-e + 2 * e * px / side, e - 2 * e * py / side};
    }

    private double[] toCanvas(double x, double y) {
        double e = extent();
        double side = canvas.getWidth();
        return new double[] {(x + e) / (2 * e) * side, (e - y) / (2 * e) * side};
    }

    private int testImageAt(double px, double py) {
        int nearest = -1;
        double best = CLICK_REACH;
        for (LatentPoint point : points) {
            double[] at = toCanvas(point.x(), point.y());
            double distance = Math.hypot(at[0] - px, at[1] - py);
            if (distance <= best) {
                best = distance;
                nearest = point.testIndex();
            }
        }
        return nearest;
    }

    private void pointer(double px, double py, PlaneListener onPointer) {
        double[] xy = toPlane(px, py);
        if (xy == null) {
            return;
        }
        marker = xy;
        redraw();
        onPointer.at(xy[0], xy[1]);
    }

    private void redraw() {
        layoutChildren();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double side = canvas.getWidth();
        g.setFill(Color.web("#141517"));
        g.fillRect(0, 0, side, side);
        if (manifold == null) {
            g.setFill(Color.web("#6f747a"));
            g.fillText("The latent plane appears once training starts", 12, side / 2);
            return;
        }
        g.setImageSmoothing(false);
        g.drawImage(manifold, 0, 0, side, side);
        for (LatentPoint point : points) {
            double[] at = toCanvas(point.x(), point.y());
            g.setFill(point.label() < 0 ? Color.WHITE : LABEL_COLOURS.get(point.label() % LABEL_COLOURS.size()));
            g.fillOval(at[0] - DOT_RADIUS, at[1] - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
        }
        drawPath(g);
        for (int which = 0; which < 2; which++) {
            if (ends[which] != null) {
                drawEnd(g, ends[which], which == 0 ? "A" : "B");
            }
        }
        if (marker != null) {
            double[] at = toCanvas(marker[0], marker[1]);
            g.setStroke(ACCENT);
            g.setLineWidth(2);
            g.strokeOval(at[0] - 7, at[1] - 7, 14, 14);
        }
    }

    private void drawPath(GraphicsContext g) {
        if (path.size() < 2) {
            return;
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < path.size(); i++) {
            double[] at = toCanvas(path.get(i)[0], path.get(i)[1]);
            if (i == 0) {
                g.moveTo(at[0], at[1]);
            } else {
                g.lineTo(at[0], at[1]);
            }
        }
        g.stroke();
    }

    private void drawEnd(GraphicsContext g, double[] position, String name) {
        double[] at = toCanvas(position[0], position[1]);
        g.setFill(ACCENT);
        g.fillOval(at[0] - 8, at[1] - 8, 16, 16);
        g.setFill(Color.BLACK);
        g.setFont(END_FONT);
        g.fillText(name, at[0] - 3.5, at[1] + 4);
    }
}
