package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import java.util.HashMap;
import java.util.Map;

/**
 * Adam with its moment estimates allocated up front, next to the weights. DJL's own Adam
 * creates them lazily on the first update, which inside a step's NDScope means they are
 * freed when the step ends. Updates in place, with autograd off, from any thread.
 */
public final class Adam {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final Map<String, NDArray> weights;
    private final Map<String, NDArray> firstMoments = new HashMap<>();
    private final Map<String, NDArray> secondMoments = new HashMap<>();
    private int steps;

    /** Allocates the moments on each weight's own manager and device. */
    public Adam(Map<String, NDArray> weights) {
        this.weights = weights;
        weights.forEach((name, weight) -> {
            firstMoments.put(name, weight.zerosLike());
            secondMoments.put(name, weight.zerosLike());
        });
    }

    /** One step over every weight's accumulated gradient, which is then zeroed. */
    public void step(float learningRate) {
        steps++;
        float correction1 = 1 - (float) Math.pow(BETA1, steps);
        float correction2 = 1 - (float) Math.pow(BETA2, steps);
        float stepSize = learningRate * (float) Math.sqrt(correction2) / correction1;
        NoGrad.run(() -> weights.forEach((name, weight) -> {
            NDArray gradient = weight.getGradient();
            NDArray m = firstMoments.get(name).muli(BETA1).addi(gradient.mul(1 - BETA1));
            NDArray v = secondMoments.get(name).muli(BETA2).addi(gradient.square().muli(1 - BETA2));
            weight.subi(m.div(v.sqrt().addi(EPSILON)).muli(stepSize));
            gradient.subi(gradient);
        }));
    }
}
