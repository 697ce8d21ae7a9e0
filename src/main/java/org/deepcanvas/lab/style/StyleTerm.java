package org.deepcanvas.lab.style;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.deepcanvas.lab.imageopt.Features;
import org.deepcanvas.lab.imageopt.TargetFeatures;
import org.deepcanvas.lab.imageopt.Term;

/**
 * The style loss of Gatys et al.: how far the image's Gram matrices at the style layers
 * ({@code layerWeights}, one per layer) are from the blend of the style pictures'
 * ({@code blend}, one weight per picture). A new record per step is free: the targets it
 * reads are kept by the job, and two steps with the same weights have equal terms, so an
 * L-BFGS history survives them.
 */
record StyleTerm(StyleTargets targets, List<Double> layerWeights, List<Float> blend) implements Term {
    StyleTerm {
        layerWeights = List.copyOf(layerWeights);
        blend = List.copyOf(blend);
        if (layerWeights.size() != targets.layers().size()) {
            throw new IllegalArgumentException(targets.layers().size() + " style layers but " + layerWeights.size()
                    + " layer weights");
        }
        if (blend.size() != targets.styles()) {
            throw new IllegalArgumentException(targets.styles() + " style images but " + blend.size() + " blend weights");
        }
    }

    @Override
    public String label() {
        return "style";
    }

    @Override
    public Set<String> layers() {
        Set<String> layers = new LinkedHashSet<>(targets.layers());
        layers.remove(StyleJob.PIXELS);
        return layers;
    }

    @Override
    public void prepare(TargetFeatures features) {
        targets.prepare(features);
    }

    @Override
    public NDArray loss(Features features) {
        return targets.loss(features, layerWeights, blend);
    }
}
