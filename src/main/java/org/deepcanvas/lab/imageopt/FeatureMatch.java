package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.deepcanvas.image.ArgbImage;

/**
 * Make a layer's features look like a picture's, place by place: the guided hallucination
 * (the guide image's features) and the style net's content loss (the content image's). The
 * picture is centre-cropped to the image's shape and resized to its size; its features are
 * made once per image size. By dot product the image grows whatever the picture's features
 * have (its reading rises); by L2 it moves to the same values (its reading, the mean
 * squared distance, falls).
 */
public final class FeatureMatch implements Term {

    public enum Match { DOT, L2 }

    private final ArgbImage picture;
    private final String pictureName;
    private final String layer;
    private final Match match;
    private NDArray target;
    private int targetHeight;
    private int targetWidth;

    /** @param pictureName for the chart, e.g. "guide" or "content" */
    public FeatureMatch(ArgbImage picture, String pictureName, String layer, Match match) {
        this.picture = Objects.requireNonNull(picture, "picture");
        this.pictureName = pictureName;
        this.layer = layer;
        this.match = Objects.requireNonNull(match, "match");
    }

    @Override
    public String label() {
        return pictureName + " " + layer + (match == Match.DOT ? " dot" : " L2");
    }

    @Override
    public Set<String> layers() {
        return Set.of(layer);
    }

    @Override
    public void prepare(TargetFeatures targets) {
        if (target == null || targetHeight != targets.height() || targetWidth != targets.width()) {
            close();
            target = targets.of(picture, List.of(layer)).get(layer);
            targetHeight = targets.height();
            targetWidth = targets.width();
        }
    }

    @Override
    public NDArray loss(Features features) {
        NDArray activation = features.activation(layer);
        NDArray aligned = features.aligned(target);
        return match == Match.DOT ? activation.mul(aligned).mean().neg() : activation.sub(aligned).square().mean();
    }

    @Override
    public NDArray reading(Features features, NDArray loss) {
        return match == Match.DOT ? loss.neg() : loss;
    }

    @Override
    public void close() {
        if (target != null) {
            target.close();
            target = null;
        }
    }
}
