package org.deepcanvas.lab.style;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.Features;
import org.deepcanvas.lab.imageopt.OptimisedImage;
import org.deepcanvas.lab.imageopt.TargetFeatures;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.style.StyleLosses;

/**
 * The Gram matrices of one or more style pictures at the style layers, made when the
 * image being optimised takes a new size: each picture is shown to the network with its
 * longest side {@code scale} times the image's, in its own shape (a Gram matrix does not
 * care where things are), so a style's strokes keep their size relative to the picture at
 * every resolution of a multi-resolution run.
 *
 * <p>Besides the network's layers, {@link StyleJob#PIXELS} stands for the picture itself: the
 * Gram matrix of its RGB values (0..1).
 */
final class StyleTargets implements AutoCloseable {
    private static final String PIXELS = StyleJob.PIXELS;

    private final List<ArgbImage> pictures;
    private final List<String> layers;
    private final double scale;
    /** grams.get(style).get(layer), on the job's manager. */
    private final List<List<NDArray>> grams = new ArrayList<>();
    /** For the Grams' normalisation, on the job's manager (made with the first targets). */
    private DeviceScalars scalars;
    private int preparedHeight;
    private int preparedWidth;

    StyleTargets(List<ArgbImage> pictures, List<String> layers, double scale) {
        this.pictures = List.copyOf(pictures);
        this.layers = List.copyOf(layers);
        this.scale = scale;
    }

    List<String> layers() {
        return layers;
    }

    int styles() {
        return pictures.size();
    }

    void prepare(TargetFeatures targets) {
        if (!grams.isEmpty() && preparedHeight == targets.height() && preparedWidth == targets.width()) {
            return;
        }
        closeGrams();
        int longest = (int) Math.max(1, Math.round(scale * Math.max(targets.height(), targets.width())));
        for (ArgbImage picture : pictures) {
            double shrink = longest / (double) Math.max(picture.width(), picture.height());
            int width = (int) Math.max(1, Math.round(picture.width() * shrink));
            int height = (int) Math.max(1, Math.round(picture.height() * shrink));
            Map<String, NDArray> features = activations(targets, picture, width, height);
            List<NDArray> pictureGrams = new ArrayList<>(layers.size());
            for (String layer : layers) {
                NDArray activation = features.get(layer);
                if (scalars == null) {
                    scalars = new DeviceScalars(activation.getManager());
                }
                // a scope of its own: the views the product reads would keep the activation alive until the step ends
                try (NDScope scope = new NDScope()) {
                    NDArray gram = StyleLosses.gram(activation, scalars); // on the activation's manager, the job's
                    NDScope.unregister(gram);
                    pictureGrams.add(gram);
                }
                activation.close();
            }
            grams.add(pictureGrams);
        }
        preparedHeight = targets.height();
        preparedWidth = targets.width();
    }

    /** The picture's activations at every style layer, its pixels for {@link StyleJob#PIXELS}; the caller closes them. */
    private Map<String, NDArray> activations(TargetFeatures targets, ArgbImage picture, int width, int height) {
        List<String> networkLayers = layers.stream().filter(layer -> !layer.equals(PIXELS)).toList();
        Map<String, NDArray> activations = networkLayers.isEmpty() ? new HashMap<>()
                : new HashMap<>(targets.of(picture, width, height, networkLayers));
        if (layers.contains(PIXELS)) {
            try (OptimisedImage seen = targets.pixels(picture, width, height)) {
                NDArray pixels = seen.values().duplicate();
                NDScope.unregister(pixels);
                activations.put(PIXELS, pixels);
            }
        }
        return activations;
    }

    /**
     * The sum over layers, each with its weight, of the distance between the image's Gram
     * matrix and the styles' blend ({@code blend}: one weight per style picture).
     */
    NDArray loss(Features features, List<Double> layerWeights, List<Float> blend) {
        DeviceScalars scalars = features.scalars();
        NDArray total = null;
        for (int l = 0; l < layers.size(); l++) {
            double weight = layerWeights.get(l);
            if (weight == 0) {
                continue;
            }
            List<NDArray> perStyle = new ArrayList<>(grams.size());
            for (List<NDArray> pictureGrams : grams) {
                perStyle.add(pictureGrams.get(l));
            }
            NDArray target = perStyle.size() == 1 ? perStyle.get(0) : StyleLosses.blend(perStyle, blend, scalars);
            String layer = layers.get(l);
            NDArray activation = layer.equals(PIXELS) ? features.image() : features.activation(layer);
            NDArray distance = StyleLosses.style(activation, target, scalars);
            NDArray weighted = weight == 1 ? distance : distance.muli(scalars.of((float) weight));
            total = total == null ? weighted : total.addi(weighted);
        }
        return total;
    }

    private void closeGrams() {
        grams.forEach(pictureGrams -> pictureGrams.forEach(NDArray::close));
        grams.clear();
    }

    @Override
    public void close() {
        closeGrams();
        if (scalars != null) {
            scalars.close();
            scalars = null;
        }
    }
}
