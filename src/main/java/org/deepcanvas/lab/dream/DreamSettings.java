package org.deepcanvas.lab.dream;

import java.util.List;
import java.util.Objects;
import org.deepcanvas.lab.imageopt.ImageSettings;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.lab.imageopt.ZoomSettings;

/**
 * Everything a deep dream is made of. The network and the size restart the dream; the
 * goals and their weights, the step, octaves, jitter, blur, decay and zoom act at the next
 * step (octave changes from the next octave on).
 *
 * @param goals what the dream amplifies, several at once with weights
 */
public record DreamSettings(String network, int size, List<DreamGoal> goals, OptimiserSettings optimiser,
                            OctaveSettings octaves, ZoomSettings zoom) implements ImageSettings {

    public DreamSettings {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(optimiser, "optimiser");
        Objects.requireNonNull(octaves, "octaves");
        Objects.requireNonNull(zoom, "zoom");
        goals = List.copyOf(goals);
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be " + MIN_SIZE + " to " + MAX_SIZE + " pixels, not " + size);
        }
        if (goals.stream().noneMatch(goal -> goal.weight() != 0)) {
            throw new IllegalArgumentException("a dream needs at least one goal with a weight other than 0");
        }
    }

    /** A dream of one goal with the dream pyramid and the course's step. */
    public static DreamSettings of(String network, int size, DreamGoal goal) {
        return new DreamSettings(network, size, List.of(goal), OptimiserSettings.DREAM, OctaveSettings.DREAM,
                ZoomSettings.NONE);
    }

    public DreamSettings withGoals(List<DreamGoal> next) {
        return new DreamSettings(network, size, next, optimiser, octaves, zoom);
    }

    public DreamSettings withOptimiser(OptimiserSettings next) {
        return new DreamSettings(network, size, goals, next, octaves, zoom);
    }

    public DreamSettings withOctaves(OctaveSettings next) {
        return new DreamSettings(network, size, goals, optimiser, next, zoom);
    }

    public DreamSettings withZoom(ZoomSettings next) {
        return new DreamSettings(network, size, goals, optimiser, octaves, next);
    }

    public DreamSettings withNetwork(String next) {
        return new DreamSettings(next, size, goals, optimiser, octaves, zoom);
    }

    public DreamSettings withSize(int next) {
        return new DreamSettings(network, next, goals, optimiser, octaves, zoom);
    }
}
