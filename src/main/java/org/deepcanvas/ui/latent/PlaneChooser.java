package org.deepcanvas.ui.latent;

import java.util.List;
import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.lab.latent.LatentPlane;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.ui.controls.SidePanel;

/**
 * Which 2-D slice of the latent space the plane shows: two code dimensions, two random
 * directions through a code drawn from the prior (what suits a GAN's 100-D code), or the two
 * principal directions of the encoded test images (networks with an encoder); and how far
 * it reaches. The choice fits itself to each new network, once.
 */
final class PlaneChooser extends VBox {
    /** The kinds of plane. */
    enum Directions {
        AXES("Code axes"), RANDOM("Random"), PRINCIPAL("Principal");

        private final String label;

        Directions(String label) {
            this.label = label;
        }
    }

    /** What to compute: plain values, safe to hand to the compute thread. */
    record Request(Directions directions, int xAxis, int yAxis, long randomDraw, double radius) {}

    private static final int PRINCIPAL_POINTS = 500;

    private final ComboBox<Directions> directions = SidePanel.choice(Directions.values(), Directions.AXES, d -> d.label);
    private final Spinner<Integer> xAxis = SidePanel.spinner(0, 255, 0, 1);
    private final Spinner<Integer> yAxis = SidePanel.spinner(0, 255, 1, 1);
    private final Slider radius = new Slider(0.25, 6, 2);
    private final Button redraw = new Button("New random plane");
    private long randomDraw;
    private boolean fitted;

    PlaneChooser(Runnable onChange) {
        setSpacing(6);
        directions.setId("latent-directions");
        directions.setTooltip(new Tooltip("Which slice of the latent space the plane shows: two code axes, two random"
                + " directions through a sample of the prior, or the two principal directions of the test images' codes"));
        xAxis.setTooltip(new Tooltip("The code dimension along the plane's horizontal axis"));
        yAxis.setTooltip(new Tooltip("The code dimension along the plane's vertical axis"));
        radius.setTooltip(new Tooltip("How far the plane reaches from its centre, in the prior's standard deviations"));
        Label radiusLabel = new Label();
        radiusLabel.textProperty().bind(radius.valueProperty().map(r -> String.format("plane [-%.2f, %.2f]", r, r)));
        HBox axes = new HBox(6, new Label("axes"), xAxis, yAxis);
        axes.visibleProperty().bind(directions.valueProperty().isEqualTo(Directions.AXES));
        axes.managedProperty().bind(axes.visibleProperty());
        redraw.visibleProperty().bind(directions.valueProperty().isEqualTo(Directions.RANDOM));
        redraw.managedProperty().bind(redraw.visibleProperty());
        redraw.setTooltip(new Tooltip("Another code from the prior as the centre, and two other directions"));
        redraw.setOnAction(e -> {
            randomDraw++;
            onChange.run();
        });
        directions.valueProperty().addListener((obs, old, next) -> onChange.run());
        xAxis.valueProperty().addListener((obs, old, axis) -> onChange.run());
        yAxis.valueProperty().addListener((obs, old, axis) -> onChange.run());
        radius.valueProperty().addListener((obs, old, r) -> onChange.run());
        getChildren().addAll(SidePanel.row("Directions", directions), axes, redraw, radius, radiusLabel);
    }

    Request request() {
        return new Request(directions.getValue(), xAxis.getValue(), yAxis.getValue(), randomDraw, radius.getValue());
    }

    /** The next network gets its own fitting choice. */
    void reset() {
        fitted = false;
    }

    /**
     * Offers only the planes this network has (principal needs an encoder and more than two
     * dimensions) and, the first time, picks the one that shows it best.
     */
    void fit(int codeSize, boolean canEncode) {
        boolean principal = canEncode && codeSize > 2;
        List<Directions> offered = principal ? List.of(Directions.values()) : List.of(Directions.AXES, Directions.RANDOM);
        if (!directions.getItems().equals(offered)) {
            Directions kept = directions.getValue();
            directions.getItems().setAll(offered);
            directions.setValue(offered.contains(kept) ? kept : Directions.RANDOM);
        }
        if (!fitted) {
            fitted = true;
            directions.setValue(codeSize <= 2 ? Directions.AXES : principal ? Directions.PRINCIPAL : Directions.RANDOM);
        }
    }

    /** The plane a request names, for this explorer (compute thread). */
    static LatentPlane plane(Request request, LatentExplorer explorer, TrainingSet data) {
        int size = explorer.codeSize();
        return switch (request.directions()) {
            case PRINCIPAL -> explorer.canEncode() && size > 2
                    ? explorer.principalPlane(data, PRINCIPAL_POINTS)
                    : LatentPlane.axes(size, 0, Math.min(1, size - 1));
            case RANDOM -> size < 2 ? LatentPlane.axes(size, 0, 0)
                    : LatentPlane.random(explorer.priorCodes(1, new Random(request.randomDraw()))[0],
                            new Random(~request.randomDraw()));
            case AXES -> LatentPlane.axes(size, Math.min(request.xAxis(), size - 1), Math.min(request.yAxis(), size - 1));
        };
    }
}
