package org.deepcanvas.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.stage.Stage;
import org.deepcanvas.runtime.MetricSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LossChartTest {
    private LossChart chart;

    @Start
    void start(Stage stage) {
        chart = new LossChart();
        stage.setScene(new Scene(chart, 640, 180));
        stage.show();
    }

    @Test
    void beforeTheFirstMetricTheAxesShowAPlainEmptyRange() {
        NumberAxis steps = (NumberAxis) chart.getXAxis();
        NumberAxis loss = (NumberAxis) chart.getYAxis();
        assertThat(steps.getUpperBound()).isEqualTo(100);
        assertThat(loss.getLowerBound()).as("log10 of 0.01").isEqualTo(-2);
        assertThat(loss.getUpperBound()).isZero();
    }

    @Test
    void everyLineHasALegendAndEveryLiveChangeAMarker(FxRobot robot) {
        robot.interact(() -> chart.show(List.of(
                new MetricSample(10, 1, Map.of("reconstruction", 1.0, "kl", 0.5)),
                new MetricSample(20, 2, Map.of("reconstruction", 0.5, "kl", 0.4))),
                List.of(new SettingChange(15, "learning rate 0.001 → 0.01"))));
        robot.interact(() -> {
            chart.applyCss();
            chart.layout();
        });

        assertThat(chart.lookupAll(".chart-legend-item")).as("legend at 180 px tall").hasSize(2)
                .allSatisfy(item -> assertThat(item.isVisible()).isTrue());
        assertThat(chart.lookup(".chart-legend").isVisible()).isTrue();
        assertThat(chart.lookupAll(".setting-marker")).hasSize(1);

        robot.interact(() -> {
            chart.getScene().getWindow().setWidth(330);
            chart.getScene().getWindow().setHeight(chart.getMinHeight());
            chart.applyCss();
            chart.layout();
        });
        assertThat(chart.lookup(".chart-legend").isVisible()).as("legend in a narrow centre").isTrue();
    }

    @Test
    void tickLabelsAreShortPlainNumbers() {
        assertThat(LossChart.steps(0.5)).as("no tick between two steps").isEmpty();
        assertThat(LossChart.steps(750)).isEqualTo("750");
        assertThat(LossChart.steps(1500)).isEqualTo("1.5k");
        assertThat(LossChart.steps(10_000)).isEqualTo("10k");
        assertThat(LossChart.plain(145.2)).isEqualTo("145");
        assertThat(LossChart.plain(0.012345)).isEqualTo("0.0123");
        assertThat(LossChart.plain(12_345)).isEqualTo("12300");
        assertThat(LossChart.plain(3e-6)).isEqualTo("3.0e-06");
    }
}
