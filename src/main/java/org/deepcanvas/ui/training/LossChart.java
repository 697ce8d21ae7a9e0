package org.deepcanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.deepcanvas.runtime.MetricSample;

/**
 * The metrics of a run against its steps, one line per metric, redrawn from the history.
 * The vertical axis is logarithmic (labelled in plain numbers), so the slow late progress
 * stays visible next to the large losses of the first steps.
 */
public final class LossChart extends LineChart<Number, Number> {
    /** More points than pixels only costs layout time on the FX thread. */
    private static final int MAX_POINTS = 300;

    private long shownVersion = -1;

    public LossChart() {
        super(new NumberAxis(), new NumberAxis());
        getStyleClass().add("loss-chart");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(true);
        setHorizontalZeroLineVisible(false);
        NumberAxis stepAxis = (NumberAxis) getXAxis();
        stepAxis.setLabel("step");
        stepAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number step) {
                double value = step.doubleValue();
                return value >= 1000 ? String.format("%.3gk", value / 1000) : String.format("%.0f", value);
            }

            @Override
            public Number fromString(String text) {
                return text.endsWith("k") ? Double.parseDouble(text.replace("k", "")) * 1000 : Double.parseDouble(text);
            }
        });
        NumberAxis lossAxis = (NumberAxis) getYAxis();
        lossAxis.setForceZeroInRange(false);
        lossAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number exponent) {
                return String.format("%.2g", Math.pow(10, exponent.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Math.log10(Double.parseDouble(text));
            }
        });
        setMinHeight(140);
        setPrefHeight(180);
    }

    /** Shows the history if it changed since the last call. */
    public void show(List<MetricSample> history) {
        long version = history.isEmpty() ? 0 : history.size() * 31L + history.get(history.size() - 1).step();
        if (version == shownVersion) {
            return;
        }
        shownVersion = version;
        Map<String, List<XYChart.Data<Number, Number>>> lines = new TreeMap<>();
        for (MetricSample sample : thinned(history)) {
            sample.values().forEach((name, value) -> {
                if (Double.isFinite(value) && value > 0) {
                    lines.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(new XYChart.Data<>(sample.step(), Math.log10(value)));
                }
            });
        }
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        lines.forEach((name, points) -> {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(name);
            line.getData().setAll(points);
            series.add(line);
        });
        getData().setAll(series);
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
