package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deepcanvas.nn.layers.Layer;
import org.deepcanvas.nn.layers.ParamSpec;

/**
 * Checks named weights against an architecture and builds the network. A fully connected
 * weight stored as the equivalent convolution (or the reverse) is reshaped, since the
 * numbers are in the same order; anything else that does not fit is an error that names
 * the weight and both shapes. A file without any classifier weights gives a features-only
 * network.
 */
public final class WeightBinder {
    private WeightBinder() {}

    /**
     * Builds {@code architecture} with weights taken from {@code source}. The network gets
     * its own child manager of {@code parent}; the arrays it uses move there, the caller
     * keeps (and closes) the rest of {@code source}.
     */
    public static LayeredNet bind(Architecture architecture, Map<String, NDArray> source, NDManager parent) {
        Architecture target = hasNoClassifierWeights(architecture, source) ? architecture.featuresOnly() : architecture;
        List<String> problems = new ArrayList<>();
        Map<String, NDArray> found = new LinkedHashMap<>();
        for (Layer layer : target.layers()) {
            for (ParamSpec spec : layer.params()) {
                NDArray array = lookUp(spec, source);
                if (array == null) {
                    problems.add("missing " + spec.name() + " (layer " + layer.name() + ")");
                } else if (!fits(array.getShape(), spec.shape())) {
                    problems.add(spec.name() + " has shape " + array.getShape() + " but layer " + layer.name()
                            + " needs " + spec.shape());
                } else {
                    found.put(spec.name(), array);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("these weights do not fit " + architecture.displayName() + ": "
                    + summarise(problems) + "; is the file for another architecture?");
        }
        NDManager manager = parent.newSubManager();
        Map<String, NDArray> weights = new LinkedHashMap<>();
        found.forEach((name, array) -> {
            // a copy: arrays made from Java buffers may borrow memory their manager frees on close
            NDArray weight = array.toType(DataType.FLOAT32, false).reshape(shapeOf(target, name)).duplicate();
            weight.attach(manager);
            weights.put(name, weight);
        });
        return new LayeredNet(target, weights, manager);
    }

    private static boolean hasNoClassifierWeights(Architecture architecture, Map<String, NDArray> source) {
        List<Layer> classifier = architecture.layers().subList(architecture.classifierStart(), architecture.layers().size());
        return !classifier.isEmpty() && classifier.stream()
                .flatMap(layer -> layer.params().stream())
                .allMatch(spec -> lookUp(spec, source) == null);
    }

    private static NDArray lookUp(ParamSpec spec, Map<String, NDArray> source) {
        NDArray array = source.get(spec.name());
        for (int i = 0; array == null && i < spec.aliases().size(); i++) {
            array = source.get(spec.aliases().get(i));
        }
        return array;
    }

    /** Same shape, or a linear layer's (out, in) against a convolution's (out, c, k, k) of the same size. */
    private static boolean fits(Shape actual, Shape expected) {
        if (actual.equals(expected)) {
            return true;
        }
        return actual.size() == expected.size() && actual.get(0) == expected.get(0)
                && Math.min(actual.dimension(), expected.dimension()) == 2
                && Math.max(actual.dimension(), expected.dimension()) == 4;
    }

    private static Shape shapeOf(Architecture architecture, String name) {
        return architecture.layers().stream()
                .flatMap(layer -> layer.params().stream())
                .filter(spec -> spec.name().equals(name))
                .findFirst().orElseThrow().shape();
    }

    private static String summarise(List<String> problems) {
        int shown = Math.min(problems.size(), 4);
        String text = String.join("; ", problems.subList(0, shown));
        return problems.size() > shown ? text + " (and " + (problems.size() - shown) + " more)" : text;
    }
}
