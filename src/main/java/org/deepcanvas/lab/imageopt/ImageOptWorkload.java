package org.deepcanvas.lab.imageopt;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.deepcanvas.nn.Architecture;

/**
 * What an image optimisation computes, as far as its memory and time go: the network, the
 * layers whose whole activations are matched to a target (a style's content layer, a
 * guide's layers) or only read (a dream's layers), the layers whose Gram matrices are
 * matched, and how many image-sized buffers the step rule keeps.
 *
 * @param featureTargets layers whose activations are held as targets (content, guide)
 * @param readLayers other layers read by the objective without a target (a dream's)
 * @param gramLayers layers compared through Gram matrices (style)
 * @param gramTargets Gram matrices kept per Gram layer: one per style image, plus their blend
 * @param ruleCopies image-sized buffers the step rule keeps ({@link StepMethod#imageCopies})
 * @param totalVariation whether a TV term is part of the objective
 */
public record ImageOptWorkload(Architecture network, Set<String> featureTargets, Set<String> readLayers,
                               Set<String> gramLayers, int gramTargets, int ruleCopies, boolean totalVariation) {
    public ImageOptWorkload {
        Objects.requireNonNull(network, "network");
        featureTargets = Set.copyOf(featureTargets);
        readLayers = Set.copyOf(readLayers);
        gramLayers = Set.copyOf(gramLayers);
        if (gramTargets < 0 || ruleCopies < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + gramTargets + " Gram targets, "
                    + ruleCopies + " step-rule copies");
        }
        if (taps(featureTargets, readLayers, gramLayers).isEmpty()) {
            throw new IllegalArgumentException("an image optimisation reads at least one layer");
        }
    }

    /** Style transfer: content layers with targets, Gram layers with one target per style plus the blend. */
    public static ImageOptWorkload style(Architecture network, Set<String> contentLayers, Set<String> styleLayers,
                                         int styles, int ruleCopies) {
        return new ImageOptWorkload(network, contentLayers, Set.of(), styleLayers, styles + 1, ruleCopies, true);
    }

    /** A dream: layers read without targets. */
    public static ImageOptWorkload dream(Architecture network, Set<String> layers, int ruleCopies) {
        return new ImageOptWorkload(network, Set.of(), layers, Set.of(), 0, ruleCopies, false);
    }

    /** Every layer the forward pass has to reach and keep. */
    public Set<String> taps() {
        return taps(featureTargets, readLayers, gramLayers);
    }

    private static Set<String> taps(Set<String> featureTargets, Set<String> readLayers, Set<String> gramLayers) {
        Set<String> taps = new LinkedHashSet<>(featureTargets);
        taps.addAll(readLayers);
        taps.addAll(gramLayers);
        return taps;
    }
}
