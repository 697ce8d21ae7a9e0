package org.deepcanvas.runtime;

import java.util.Map;

/** The metrics of one step, as kept in a job's history for a loss chart. */
public record MetricSample(long step, long elapsedMillis, Map<String, Double> values) {
    public MetricSample {
        values = Map.copyOf(values);
    }
}
