package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, Shape> shapes = new LinkedHashMap<>();
        source.forEach((name, array) -> shapes.put(name, array.getShape()));
        Architecture target = fit(architecture, shapes);
        NDManager manager = parent.newSubManager();
        Map<String, NDArray> weights = new LinkedHashMap<>();
        for (Layer layer : target.layers()) {
            for (ParamSpec spec : layer.params()) {
                // a copy: arrays made from Java buffers may borrow memory their manager frees on close
                NDArray weight = source.get(storedName(spec, shapes.keySet())).toType(DataType.FLOAT32, false)
                        .reshape(spec.shape()).duplicate();
                weight.attach(manager);
                weights.put(spec.name(), weight);
            }
        }
        return new LayeredNet(target, weights, manager);
    }

    /**
     * Checks weights known only by name and shape (a file's header) against
     * {@code architecture}: the architecture they fit (cut before its classifier when they
     * hold no classifier weights), or an IllegalArgumentException naming what does not fit.
     */
    public static Architecture fit(Architecture architecture, Map<String, Shape> source) {
        Architecture target = hasNoClassifierWeights(architecture, source.keySet()) ? architecture.featuresOnly()
                : architecture;
        List<String> problems = new ArrayList<>();
        for (Layer layer : target.layers()) {
            for (ParamSpec spec : layer.params()) {
                String stored = storedName(spec, source.keySet());
                if (stored == null) {
                    problems.add("missing " + spec.name() + " (layer " + layer.name() + ")");
                } else if (!fits(source.get(stored), spec.shape())) {
                    problems.add(spec.name() + " has shape " + source.get(stored) + " but layer " + layer.name()
                            + " needs " + spec.shape());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("these weights do not fit " + architecture.displayName() + ": "
                    + summarise(problems) + "; is the file for another architecture?");
        }
        return target;
    }

    /** Every name under which a file may store the weights of {@code architecture}'s layers. */
    public static Set<String> storedNames(Architecture architecture) {
        Set<String> names = new LinkedHashSet<>();
        architecture.layers().forEach(layer -> layer.params().forEach(spec -> {
            names.add(spec.name());
            names.addAll(spec.aliases());
        }));
        return names;
    }

    private static boolean hasNoClassifierWeights(Architecture architecture, Set<String> names) {
        List<Layer> classifier = architecture.layers().subList(architecture.classifierStart(), architecture.layers().size());
        return !classifier.isEmpty() && classifier.stream()
                .flatMap(layer -> layer.params().stream())
                .allMatch(spec -> storedName(spec, names) == null);
    }

    /** The name a weight is stored under: its canonical name or the first alias present. */
    private static String storedName(ParamSpec spec, Set<String> names) {
        if (names.contains(spec.name())) {
            return spec.name();
        }
        return spec.aliases().stream().filter(names::contains).findFirst().orElse(null);
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

    private static String summarise(List<String> problems) {
        int shown = Math.min(problems.size(), 4);
        String text = String.join("; ", problems.subList(0, shown));
        return problems.size() > shown ? text + " (and " + (problems.size() - shown) + " more)" : text;
    }
}
