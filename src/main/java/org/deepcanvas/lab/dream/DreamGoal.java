package org.deepcanvas.lab.dream;

import java.util.Objects;

/**
 * One thing a dream amplifies, with its weight: a whole layer, one channel of a layer (a
 * "neuron"), or a class of the network's classifier.
 *
 * @param layer the layer to amplify (LAYER, CHANNEL); null for a class
 * @param channel the channel (CHANNEL), otherwise -1
 * @param className the class by name as the network lists it (CLASS), otherwise null
 */
public record DreamGoal(Kind kind, String layer, int channel, String className, double weight) {

    public enum Kind { LAYER, CHANNEL, CLASS }

    public DreamGoal {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.CLASS ? className == null || className.isBlank() : layer == null || layer.isBlank()) {
            throw new IllegalArgumentException(kind == Kind.CLASS ? "a class goal needs a class name"
                    : "a " + kind.name().toLowerCase() + " goal needs a layer");
        }
        if (kind == Kind.CHANNEL && channel < 0) {
            throw new IllegalArgumentException("channel must be 0 or more, not " + channel);
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("a goal's weight must be a finite number, not " + weight);
        }
    }

    public static DreamGoal layer(String layer) {
        return new DreamGoal(Kind.LAYER, layer, -1, null, 1);
    }

    public static DreamGoal channel(String layer, int channel) {
        return new DreamGoal(Kind.CHANNEL, layer, channel, null, 1);
    }

    public static DreamGoal ofClass(String className) {
        return new DreamGoal(Kind.CLASS, null, -1, className, 1);
    }

    public DreamGoal withWeight(double next) {
        return new DreamGoal(kind, layer, channel, className, next);
    }

    /** The same goal but for its weight: its term can be kept when only the weight moves. */
    boolean sameTarget(DreamGoal other) {
        return kind == other.kind && Objects.equals(layer, other.layer) && channel == other.channel
                && Objects.equals(className, other.className);
    }
}
