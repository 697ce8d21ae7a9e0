package org.deepcanvas.lab.style;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.deepcanvas.lab.imageopt.FeatureMatch;
import org.deepcanvas.lab.imageopt.Features;
import org.deepcanvas.lab.imageopt.TargetFeatures;
import org.deepcanvas.lab.imageopt.Term;

/**
 * The content loss of Gatys et al.: the mean squared distance of the image's features from
 * the content picture's at each content layer ({@link FeatureMatch} by L2), weighted per
 * layer and summed into one line of the chart.
 */
record ContentTerm(List<FeatureMatch> matches, List<Double> weights) implements Term {
    ContentTerm {
        matches = List.copyOf(matches);
        weights = List.copyOf(weights);
        if (matches.size() != weights.size() || matches.isEmpty()) {
            throw new IllegalArgumentException(matches.size() + " content layers but " + weights.size() + " weights");
        }
    }

    @Override
    public String label() {
        return "content";
    }

    @Override
    public Set<String> layers() {
        Set<String> layers = new LinkedHashSet<>();
        matches.forEach(match -> layers.addAll(match.layers()));
        return layers;
    }

    @Override
    public void prepare(TargetFeatures targets) {
        matches.forEach(match -> match.prepare(targets));
    }

    @Override
    public NDArray loss(Features features) {
        NDArray total = null;
        for (int i = 0; i < matches.size(); i++) {
            if (weights.get(i) == 0) {
                continue;
            }
            NDArray distance = matches.get(i).loss(features);
            NDArray weighted = weights.get(i) == 1 ? distance
                    : distance.muli(features.scalars().of(weights.get(i).floatValue()));
            total = total == null ? weighted : total.addi(weighted);
        }
        return total;
    }
}
