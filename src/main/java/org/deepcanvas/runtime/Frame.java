package org.deepcanvas.runtime;

import java.util.Map;
import org.deepcanvas.image.ArgbImage;

/**
 * One published picture of a running job: plain Java, safe to read from any thread.
 *
 * @param step the optimisation steps done when it was rendered
 * @param metrics the metrics read at that step (for example "loss")
 * @param elapsedMillis running time of the job when it was rendered (pauses excluded)
 */
public record Frame(ArgbImage image, long step, Map<String, Double> metrics, long elapsedMillis) {
    public Frame {
        metrics = Map.copyOf(metrics);
    }
}
