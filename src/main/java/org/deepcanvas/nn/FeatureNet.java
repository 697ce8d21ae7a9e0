package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A network whose named layers deep dream, guided hallucination and style transfer read.
 * Call it only from the thread that owns its NDManager (the compute thread in the app);
 * everything it returns lives on that manager's device, and gradients flow back to the
 * input image.
 *
 * <p>Inputs are batches (N, C, H, W) already passed through {@link #preprocessing()}.
 */
public interface FeatureNet extends AutoCloseable {
    String displayName();

    /** Input channels, suggested size and mean/std. */
    Preprocessing preprocessing();

    /** The layers that can be tapped, in network order where it is known. */
    List<String> layerNames();

    /** The activations of just the requested layers, keyed by name, in network order. */
    Map<String, NDArray> forward(NDArray image, Collection<String> taps);

    boolean hasClassifier();

    /** Class scores (N, classes) before softmax. */
    NDArray logits(NDArray image);

    /** Class names in logit order; empty without a classifier. */
    List<String> labels();

    /** Layers that make good dreams by default. */
    List<String> dreamLayers();

    /** Layers whose Gram matrices describe style by default. */
    List<String> styleLayers();

    /** The layer that carries content by default. */
    String contentLayer();

    /** Frees the network's arrays. */
    @Override
    void close();
}
