package org.deepcanvas.lab.imageopt;

import java.util.ArrayList;
import java.util.List;

/**
 * The octave pyramid: dream a small version first, then ever larger ones, so that the
 * network's features appear at several scales. Live: a change applies from the next octave.
 *
 * @param octaves sizes from small to full (1: just the full size)
 * @param scale each octave is this many times the size of the one before
 * @param iterations steps per octave
 */
public record OctaveSettings(int octaves, float scale, int iterations) {
    /** The smallest side an octave is given: VGG's fifth block still has 2 x 2 cells there. */
    public static final int MIN_SIDE = 32;
    /** The course's pyramid: 4 octaves, 1.4 apart, 10 steps each. */
    public static final OctaveSettings COURSE = new OctaveSettings(4, 1.4f, 10);
    /**
     * A dream's pyramid: 6 octaves, 1.5 apart, so the smallest is about an eighth of the
     * picture. The embedded networks see only a few pixels (relu2 of the Fashion net: 10 x 10),
     * and only at a small octave do their strokes grow large enough to see in the result;
     * the course's 4 x 1.4 leaves them a faint hatching (docs/models.md shows both).
     */
    public static final OctaveSettings DREAM = new OctaveSettings(6, 1.5f, 10);

    /** The width and height of one octave. */
    public record Size(int width, int height) {}

    public OctaveSettings {
        if (octaves < 1 || octaves > 12) {
            throw new IllegalArgumentException("octaves must be 1 to 12, not " + octaves);
        }
        if (!(scale >= 1.05f && scale <= 4f)) {
            throw new IllegalArgumentException("octave scale must be 1.05 to 4, not " + scale);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations per octave must be at least 1, not " + iterations);
        }
    }

    /** The octaves' sizes for a full size of width x height, smallest first, none below {@link #MIN_SIDE}. */
    public List<Size> sizes(int width, int height) {
        List<Size> sizes = new ArrayList<>(octaves);
        for (int i = 0; i < octaves; i++) {
            double shrink = Math.pow(scale, octaves - 1 - i);
            sizes.add(new Size(side(width, shrink), side(height, shrink)));
        }
        return sizes;
    }

    private static int side(int full, double shrink) {
        return Math.min(full, Math.max(MIN_SIDE, (int) Math.round(full / shrink)));
    }

    /** The steps of a whole pyramid. */
    public int totalSteps() {
        return octaves * iterations;
    }

    public OctaveSettings withOctaves(int count) {
        return new OctaveSettings(count, scale, iterations);
    }

    public OctaveSettings withScale(float next) {
        return new OctaveSettings(octaves, next, iterations);
    }

    public OctaveSettings withIterations(int next) {
        return new OctaveSettings(octaves, scale, next);
    }
}
