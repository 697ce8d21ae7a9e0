package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Crop;
import org.deepcanvas.image.Resize;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.InputNormalizer;

/**
 * Makes the fixed features a term compares against (a guide's, a content image's, a style
 * image's for its Gram matrices), computed once per image size outside autograd. What it
 * returns is owned by the caller: on the job's manager, outside every NDScope, so it lasts
 * across steps until the term closes it.
 */
public final class TargetFeatures {
    private final FeatureNet net;
    private final InputNormalizer input;
    private final OptimisedImage image;
    private final NDManager manager;

    TargetFeatures(FeatureNet net, InputNormalizer input, OptimisedImage image, NDManager manager) {
        this.net = net;
        this.input = input;
        this.image = image;
        this.manager = manager;
    }

    /** The current size of the image being optimised (it changes between octaves). */
    public int height() {
        return image.height();
    }

    public int width() {
        return image.width();
    }

    /** The picture's features at the optimised image's current size (centre-cropped to its shape first). */
    public Map<String, NDArray> of(ArgbImage picture, Collection<String> layers) {
        return of(picture, width(), height(), layers);
    }

    /** The picture's features at width x height (a style image at its own scale, say). */
    public Map<String, NDArray> of(ArgbImage picture, int width, int height, Collection<String> layers) {
        Map<String, NDArray> kept = new LinkedHashMap<>();
        try (NDScope scope = new NDScope(); OptimisedImage seen = pixels(picture, width, height)) {
            net.forward(input.apply(seen.values()), layers).forEach((layer, activation) -> {
                NDArray target = activation.stopGradient().duplicate();
                target.attach(manager);
                NDScope.unregister(target);
                kept.put(layer, target);
            });
        }
        return kept;
    }

    /** The picture as an image of width x height with the optimised image's channels, on the device (caller closes). */
    public OptimisedImage pixels(ArgbImage picture, int width, int height) {
        return OptimisedImage.of(fitted(picture, width, height), image.channels(), manager);
    }

    /** The largest centred part of the picture with the target's aspect ratio, resized to it. */
    public static ArgbImage fitted(ArgbImage picture, int width, int height) {
        double aspect = width / (double) height;
        int cropWidth = (int) Math.min(picture.width(), Math.round(picture.height() * aspect));
        int cropHeight = (int) Math.min(picture.height(), Math.round(picture.width() / aspect));
        Crop.Area area = new Crop.Area((picture.width() - cropWidth) / 2, (picture.height() - cropHeight) / 2,
                Math.max(1, cropWidth), Math.max(1, cropHeight));
        return Resize.area(picture, area, width, height);
    }
}
