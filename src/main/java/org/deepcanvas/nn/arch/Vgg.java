package org.deepcanvas.nn.arch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.Preprocessing;
import org.deepcanvas.nn.layers.ConvLayer;
import org.deepcanvas.nn.layers.Layer;
import org.deepcanvas.nn.layers.MaxPoolLayer;
import org.deepcanvas.nn.layers.ReluLayer;

/**
 * VGG-16 and VGG-19 (Simonyan and Zisserman, 2014) with the layer names of the style and
 * dream literature (conv1_1, relu1_1, ... pool5) and the weight names of torchvision and
 * timm (features.0.weight ...). The classifier is kept in timm's convolutional form
 * (pre_logits.fc1 is a 7x7 convolution), so torchvision's linear classifier.N weights
 * load as well; logits need an input of at least 224 px.
 */
public final class Vgg {
    private static final int[] WIDTHS = {64, 128, 256, 512, 512};
    private static final int HIDDEN = 4096;
    private static final int IMAGENET_CLASSES = 1000;
    private static final String IMAGENET_CLASSES_RESOURCE = "/org/deepcanvas/nn/arch/imagenet-classes.txt";

    private Vgg() {}

    public static Architecture vgg16() {
        return build("vgg16", "VGG-16", new int[] {2, 2, 3, 3, 3}, "conv3_2");
    }

    public static Architecture vgg19() {
        return build("vgg19", "VGG-19", new int[] {2, 2, 4, 4, 4}, "conv4_2");
    }

    private static Architecture build(String id, String displayName, int[] convsPerBlock, String contentLayer) {
        List<Layer> layers = new ArrayList<>();
        int index = 0;
        int channels = 3;
        for (int block = 1; block <= convsPerBlock.length; block++) {
            int width = WIDTHS[block - 1];
            for (int conv = 1; conv <= convsPerBlock[block - 1]; conv++) {
                layers.add(ConvLayer.same("conv" + block + "_" + conv, "features." + index, channels, width, 3));
                layers.add(new ReluLayer("relu" + block + "_" + conv));
                channels = width;
                index += 2;
            }
            layers.add(new MaxPoolLayer("pool" + block, 2));
            index++;
        }
        int classifierStart = layers.size();
        layers.add(new ConvLayer("fc6", "pre_logits.fc1", "classifier.0", channels, HIDDEN, 7, 0));
        layers.add(new ReluLayer("relu6"));
        layers.add(new ConvLayer("fc7", "pre_logits.fc2", "classifier.3", HIDDEN, HIDDEN, 1, 0));
        layers.add(new ReluLayer("relu7"));
        layers.add(new ConvLayer("fc8", "head.fc", "classifier.6", HIDDEN, IMAGENET_CLASSES, 1, 0));
        return new Architecture(id, displayName, Preprocessing.imageNet(), layers, classifierStart,
                imageNetLabels(),
                List.of("relu4_2", "relu4_3", "relu5_1"),
                List.of("relu1_1", "relu2_1", "relu3_1", "relu4_1", "relu5_1"),
                contentLayer);
    }

    /** The 1,000 ImageNet class names in logit order, as torchvision lists them (the weight files carry none). */
    private static List<String> imageNetLabels() {
        try (InputStream in = Vgg.class.getResourceAsStream(IMAGENET_CLASSES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(IMAGENET_CLASSES_RESOURCE + " is missing from the build");
            }
            List<String> labels = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (labels.size() != IMAGENET_CLASSES) {
                throw new IllegalStateException(IMAGENET_CLASSES_RESOURCE + " should list " + IMAGENET_CLASSES + " classes");
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
