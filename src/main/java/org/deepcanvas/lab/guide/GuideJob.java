package org.deepcanvas.lab.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.FeatureMatch;
import org.deepcanvas.lab.imageopt.ImageJob;
import org.deepcanvas.lab.imageopt.ImageRun;
import org.deepcanvas.lab.imageopt.NetworkOpener;
import org.deepcanvas.lab.imageopt.Objective;
import org.deepcanvas.lab.imageopt.TotalVariation;
import org.deepcanvas.nn.FeatureNet;

/**
 * Guided hallucination: the source image (or noise) is optimised so that its features at
 * the chosen layers match the guide image's, with total variation for smoothness.
 */
public final class GuideJob extends ImageJob<GuideSettings> {
    private final ArgbImage guide;
    /** One term per layer and match, kept with the guide's features while it is in use. */
    private final Map<String, FeatureMatch> matches = new LinkedHashMap<>();

    /** @param source the picture to start from, or null to start from noise */
    public GuideJob(NetworkOpener networks, ArgbImage source, ArgbImage guide) {
        super(networks, source, ImageRun.Carry.DETAIL);
        this.guide = Objects.requireNonNull(guide, "guide");
    }

    @Override
    protected Objective objective(GuideSettings settings, FeatureNet network) {
        List<Objective.Weighted> terms = new ArrayList<>();
        List<String> inUse = new ArrayList<>();
        for (GuideLayer layer : settings.layers()) {
            String key = layer.layer() + " " + settings.match();
            inUse.add(key);
            FeatureMatch match = matches.computeIfAbsent(key, k -> newMatch(layer.layer(), settings.match(), network));
            terms.add(new Objective.Weighted(match, layer.weight()));
        }
        matches.entrySet().removeIf(entry -> {
            boolean unused = !inUse.contains(entry.getKey());
            if (unused) {
                entry.getValue().close();
            }
            return unused;
        });
        if (settings.tvWeight() > 0) {
            terms.add(new Objective.Weighted(new TotalVariation(settings.tvExponent()), settings.tvWeight()));
        }
        return new Objective(terms);
    }

    private FeatureMatch newMatch(String layer, FeatureMatch.Match match, FeatureNet network) {
        if (!network.layerNames().contains(layer)) {
            throw new IllegalArgumentException("no layer \"" + layer + "\" in " + network.displayName()
                    + "; its layers are " + String.join(", ", network.layerNames()));
        }
        return new FeatureMatch(guide, "guide", layer, match);
    }

    @Override
    protected void closeObjective() {
        matches.values().forEach(FeatureMatch::close);
        matches.clear();
    }
}
