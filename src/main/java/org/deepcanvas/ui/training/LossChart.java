package org.deepcanvas.ui.training;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.deepcanvas.runtime.MetricSample;

/**
 * The metrics of a run against its steps, one line per metric (named in the legend),
 * redrawn from the history, with a dashed marker where a live setting changed (its
 * tooltip says what). The vertical axis is logarithmic, labelled in plain numbers, so
 * the slow late progress stays visible next to the large losses of the first steps.
 * Before the first metric the axes show a plain empty range.
 */
public final class LossChart extends LineChart<Number, Number> {
    /** More points than pixels only costs layout time on the FX thread. */
    private static final int MAX_POINTS = 300;
    private static final double EMPTY_STEPS = 100;
    /**
     * JavaFX hides a bottom legend that would leave the plot under 150 px tall, and a side
     * legend that would leave it under 200 px wide: beside the plot while the chart is wide,
     * above it while it is narrow (a centre squeezed between two side panels).
     */
    private static final double LEGEND_BESIDE_FROM_WIDTH = 480;

    private final NumberAxis stepAxis;
    private final NumberAxis lossAxis;
    private final List<Line> markerLines = new ArrayList<>();
    private List<SettingChange> markers = List.of();
    private long shownVersion = -1;

    public LossChart() {
        super(new NumberAxis(), new NumberAxis());
        stepAxis = (NumberAxis) getXAxis();
        lossAxis = (NumberAxis) getYAxis();
        getStyleClass().add("loss-chart");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(true);
        setLegendSide(Side.RIGHT);
        widthProperty().subscribe(width ->
                setLegendSide(width.doubleValue() < LEGEND_BESIDE_FROM_WIDTH ? Side.TOP : Side.RIGHT));
        setHorizontalZeroLineVisible(false);
        setVerticalZeroLineVisible(false);
        stepAxis.setLabel("step");
        stepAxis.setTickLabelFormatter(converter(LossChart::steps));
        lossAxis.setForceZeroInRange(false);
        lossAxis.setTickLabelFormatter(converter(exponent -> plain(Math.pow(10, exponent))));
        // tall enough that a legend above the plot still leaves it JavaFX's 150 px
        setMinHeight(195);
        setPrefHeight(195);
        showEmpty();
    }

    /** Shows the history and the setting changes if they changed since the last call. */
    public void show(List<MetricSample> history, List<SettingChange> changes) {
        long version = history.isEmpty() ? 0 : history.size() * 31L + history.get(history.size() - 1).step();
        version = version * 31 + changes.size();
        if (version == shownVersion) {
            return;
        }
        shownVersion = version;
        markers = List.copyOf(changes);
        Map<String, List<XYChart.Data<Number, Number>>> lines = new TreeMap<>();
        for (MetricSample sample : thinned(history)) {
            sample.values().forEach((name, value) -> {
                if (Double.isFinite(value) && value > 0) {
                    lines.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(new XYChart.Data<>(sample.step(), Math.log10(value)));
                }
            });
        }
        if (lines.isEmpty()) {
            showEmpty();
            return;
        }
        stepAxis.setAutoRanging(true);
        lossAxis.setAutoRanging(true);
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        lines.forEach((name, points) -> {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(name);
            line.getData().setAll(points);
            series.add(line);
        });
        getData().setAll(series);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        getPlotChildren().removeAll(markerLines);
        markerLines.clear();
        double top = 0;
        double bottom = lossAxis.getHeight();
        for (SettingChange change : markers) {
            double x = stepAxis.getDisplayPosition(change.step());
            Line line = new Line(x, top, x, bottom);
            line.getStyleClass().add("setting-marker");
            Tooltip.install(line, new Tooltip("step " + String.format("%,d", change.step()) + ": " + change.description()));
            markerLines.add(line);
        }
        getPlotChildren().addAll(markerLines);
    }

    /** Axes from 0 to 100 steps and 0.01 to 1, instead of the range of nothing. */
    private void showEmpty() {
        getData().clear();
        stepAxis.setAutoRanging(false);
        stepAxis.setLowerBound(0);
        stepAxis.setUpperBound(EMPTY_STEPS);
        stepAxis.setTickUnit(EMPTY_STEPS / 4);
        lossAxis.setAutoRanging(false);
        lossAxis.setLowerBound(-2);
        lossAxis.setUpperBound(0);
        lossAxis.setTickUnit(1);
    }

    /** Whole steps only ("0, 500, 1k, 1.5k"): an axis over a few steps puts ticks between them. */
    static String steps(double step) {
        if (Math.abs(step - Math.rint(step)) > 1e-9) {
            return "";
        }
        return step >= 1000 ? plain(step / 1000) + "k" : String.valueOf((long) Math.rint(step));
    }

    /** Three significant digits, never in exponent form above 1e-4: "0.0123", "145", "12300". */
    static String plain(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (Math.abs(value) < 1e-4) {
            return String.format("%.1e", value);
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static StringConverter<Number> converter(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number number) {
                return format.apply(number.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        };
    }

    /** At most about MAX_POINTS samples, evenly spaced, always ending with the newest. */
    private static List<MetricSample> thinned(List<MetricSample> history) {
        int stride = Math.max(1, (history.size() + MAX_POINTS - 1) / MAX_POINTS);
        List<MetricSample> kept = new ArrayList<>();
        for (int i = 0; i < history.size(); i += stride) {
            kept.add(history.get(i));
        }
        if (!history.isEmpty() && (history.size() - 1) % stride != 0) {
            kept.add(history.get(history.size() - 1));
        }
        return kept;
    }
}
