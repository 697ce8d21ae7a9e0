package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.deepcanvas.runtime.HostRead;
import org.deepcanvas.runtime.StepResult;

/**
 * One evaluation of an objective: the weighted total that was minimised and each term's
 * reading by label, all still on the device.
 */
public record Evaluation(NDArray loss, Map<String, NDArray> readings) {
    public Evaluation {
        readings = Collections.unmodifiableMap(new LinkedHashMap<>(readings));
    }

    /** The readings as lazy step metrics: nothing is copied to the host unless the runtime asks. */
    public StepResult toStepResult() {
        Map<String, DoubleSupplier> metrics = new LinkedHashMap<>();
        readings.forEach((label, reading) -> metrics.put(label, () -> HostRead.scalar(reading)));
        return new StepResult(metrics);
    }
}
