package org.deepcanvas.ui.latent;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.latent.LatentPoint;
import org.deepcanvas.ui.canvas.FxImages;

/**
 * The 2-D latent plane: the decoded manifold as background, the encoded test images as
 * dots coloured by label, and the point under the mouse. Reports the plane position the
 * mouse hovers or drags over.
 */
final class LatentPlaneView extends Pane {
    /** Receives a position on the latent plane. */
    interface PlaneListener {
        void at(double x, double y);
    }

    private static final Color[] LABEL_COLOURS = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"),
        Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"),
        Color.web("#bcbd22"), Color.web("#17becf")};

    private final Canvas canvas = new Canvas();
    private Image manifold;
    private int manifoldCells = 10;
    private double radius = 2;
    private List<LatentPoint> points = List.of();
    private double[] marker;

    LatentPlaneView(PlaneListener onPointer) {
        getStyleClass().add("live-canvas");
        setId("latent-plane");
        getChildren().add(canvas);
        setMinSize(200, 200);
        widthProperty().addListener((obs, old, w) -> redraw());
        heightProperty().addListener((obs, old, h) -> redraw());
        canvas.setOnMouseMoved(e -> pointer(e.getX(), e.getY(), onPointer));
        canvas.setOnMouseDragged(e -> pointer(e.getX(), e.getY(), onPointer));
    }

    /** Shows a new manifold of cells x cells images, decoded over [-radius, radius]. */
    void show(ArgbImage manifoldImage, int cells, double planeRadius, List<LatentPoint> scatter) {
        manifold = FxImages.of(manifoldImage);
        manifoldCells = cells;
        radius = planeRadius;
        points = scatter;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        double side = side();
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate((getWidth() - side) / 2, (getHeight() - side) / 2);
    }

    private double side() {
        return Math.max(0, Math.min(getWidth(), getHeight()));
    }

    /** Half the width of the plane the manifold covers: the grid's centres span [-r, r], plus half a cell. */
    private double extent() {
        return manifoldCells > 1 ? radius * manifoldCells / (manifoldCells - 1) : radius;
    }

    private void pointer(double px, double py, PlaneListener onPointer) {
        double side = canvas.getWidth();
        if (side <= 0 || manifold == null) {
            return;
        }
        double e = extent();
        double x = -e + 2 * e * px / side;
        double y = e - 2 * e * py / side;
        marker = new double[] {x, y};
        redraw();
        onPointer.at(x, y);
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
        double e = extent();
        for (LatentPoint point : points) {
            double px = (point.x() + e) / (2 * e) * side;
            double py = (e - point.y()) / (2 * e) * side;
            g.setFill(point.label() < 0 ? Color.WHITE : LABEL_COLOURS[point.label() % LABEL_COLOURS.length]);
            g.fillOval(px - 2.5, py - 2.5, 5, 5);
        }
        if (marker != null) {
            double px = (marker[0] + e) / (2 * e) * side;
            double py = (e - marker[1]) / (2 * e) * side;
            g.setStroke(Color.web("#e0883a"));
            g.setLineWidth(2);
            g.strokeOval(px - 7, py - 7, 14, 14);
        }
    }
}
