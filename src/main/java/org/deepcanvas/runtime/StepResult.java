package org.deepcanvas.runtime;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The named scalar metrics of one step, read lazily. Reading an NDArray forces the host
 * to wait for the device, so the runtime calls the suppliers only on the steps whose
 * metrics it publishes, and always before the step's NDScope closes.
 */
public record StepResult(Map<String, DoubleSupplier> metrics) {
    public StepResult {
        metrics = Map.copyOf(metrics);
    }

    /** A step whose only metric is the given scalar loss array. */
    public static StepResult loss(NDArray loss) {
        return new StepResult(Map.of("loss", () -> scalar(loss)));
    }

    /** Plain host values, for jobs that compute them anyway. */
    public static StepResult of(Map<String, Double> values) {
        Map<String, DoubleSupplier> suppliers = new LinkedHashMap<>();
        values.forEach((name, value) -> suppliers.put(name, () -> value));
        return new StepResult(suppliers);
    }

    private static double scalar(NDArray array) {
        return HostRead.scalar(array);
    }

    Map<String, Double> read() {
        Map<String, Double> values = new LinkedHashMap<>();
        metrics.forEach((name, supplier) -> values.put(name, supplier.getAsDouble()));
        return Map.copyOf(values);
    }
}
