package org.deepcanvas.lab.guide;

import java.util.List;
import java.util.Objects;
import org.deepcanvas.lab.imageopt.FeatureMatch;
import org.deepcanvas.lab.imageopt.ImageSettings;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.lab.imageopt.TotalVariation;

/**
 * A guided hallucination (CADL session 4): the source image's features at the chosen layers
 * are pulled towards the guide image's, by dot product or L2, while total variation keeps
 * the result smooth. The network and size restart it; everything else is live.
 *
 * @param tvWeight the weight of total variation against the matching (0: off)
 * @param tvExponent the exponent of total variation (the course: about 1.2)
 */
public record GuideSettings(String network, int size, List<GuideLayer> layers, FeatureMatch.Match match,
                            double tvWeight, float tvExponent, OptimiserSettings optimiser, OctaveSettings octaves)
        implements ImageSettings {

    public GuideSettings {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(optimiser, "optimiser");
        Objects.requireNonNull(octaves, "octaves");
        layers = List.copyOf(layers);
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be " + MIN_SIZE + " to " + MAX_SIZE + " pixels, not " + size);
        }
        if (layers.stream().noneMatch(layer -> layer.weight() != 0)) {
            throw new IllegalArgumentException("a guided hallucination needs at least one layer with a weight other than 0");
        }
        if (!(tvWeight >= 0) || Double.isInfinite(tvWeight)) {
            throw new IllegalArgumentException("TV weight must be 0 or more, not " + tvWeight);
        }
        TotalVariation.checkExponent(tvExponent);
    }

    public GuideSettings withLayers(List<GuideLayer> next) {
        return new GuideSettings(network, size, next, match, tvWeight, tvExponent, optimiser, octaves);
    }

    public GuideSettings withMatch(FeatureMatch.Match next) {
        return new GuideSettings(network, size, layers, next, tvWeight, tvExponent, optimiser, octaves);
    }

    public GuideSettings withTv(double weight, float exponent) {
        return new GuideSettings(network, size, layers, match, weight, exponent, optimiser, octaves);
    }

    public GuideSettings withOptimiser(OptimiserSettings next) {
        return new GuideSettings(network, size, layers, match, tvWeight, tvExponent, next, octaves);
    }

    public GuideSettings withOctaves(OctaveSettings next) {
        return new GuideSettings(network, size, layers, match, tvWeight, tvExponent, optimiser, next);
    }

    public GuideSettings withNetwork(String next) {
        return new GuideSettings(next, size, layers, match, tvWeight, tvExponent, optimiser, octaves);
    }

    public GuideSettings withSize(int next) {
        return new GuideSettings(network, next, layers, match, tvWeight, tvExponent, optimiser, octaves);
    }
}
