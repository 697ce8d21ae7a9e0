package org.deepcanvas.nn;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A user's own TorchScript module whose forward(image) returns a dict of named activations
 * (and, for a classifier, an entry "logits"). Unlike {@link LayeredNet} it always runs the
 * whole module, and its layer names are learnt from a first run.
 *
 * <p>TorchScript is code: opening a file runs what its author wrote. It is only opened
 * when the user has said they trust the file ({@link #WARNING}).
 */
public final class TorchScriptNet implements FeatureNet {
    public static final String WARNING = "TorchScript files are programs, not just weights: opening one runs "
            + "code its author wrote, with your permissions. Only import files from people you trust.";
    public static final String LOGITS = "logits";
    private static final Preprocessing IMAGENET = Preprocessing.imageNet();

    private final Model model;
    private final PtSymbolBlock block;
    private final String name;
    private final List<String> layerNames;

    private TorchScriptNet(Model model, String name, List<String> layerNames) {
        this.model = model;
        this.block = (PtSymbolBlock) model.getBlock();
        this.name = name;
        this.layerNames = layerNames;
    }

    /**
     * Opens {@code file} (a .pt TorchScript module) on {@code parent}'s device, frozen, and
     * runs it once on a blank RGB image to learn its layer names.
     */
    public static TorchScriptNet open(Path file, NDManager parent) throws IOException {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".pt")) {
            throw new IOException(fileName + ": a TorchScript module must be a .pt file");
        }
        Model model = Model.newInstance(fileName, parent.getDevice(), "PyTorch");
        try {
            // trainParam keeps autograd on inside the module, so gradients reach the input image
            model.load(file.toAbsolutePath().getParent(), fileName.substring(0, fileName.length() - 3),
                    Map.of("trainParam", "true"));
            model.getBlock().freezeParameters(true);
            Map<String, Shape> shapes = dryRun(model, IMAGENET.inputSize());
            List<String> layers = new ArrayList<>(shapes.keySet());
            return new TorchScriptNet(model, fileName, List.copyOf(layers));
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw new IOException(fileName + " could not be opened as TorchScript: " + e.getMessage(), e);
        }
    }

    /** Every output's shape for one blank image of the given size (this runs the module). */
    public Map<String, Shape> layerShapes(int height, int width) {
        try (NDManager scratch = model.getNDManager().newSubManager()) {
            Map<String, Shape> shapes = new LinkedHashMap<>();
            forward(scratch.zeros(new Shape(1, 3, height, width)), layerNames).forEach((k, v) -> shapes.put(k, v.getShape()));
            return shapes;
        }
    }

    @Override
    public String displayName() {
        return name + " (TorchScript)";
    }

    @Override
    public Preprocessing preprocessing() {
        return IMAGENET;
    }

    /** In alphabetical order: TorchScript dictionaries do not keep the module's order here. */
    @Override
    public List<String> layerNames() {
        return layerNames;
    }

    @Override
    public Map<String, NDArray> forward(NDArray image, Collection<String> taps) {
        for (String tap : taps) {
            if (!layerNames.contains(tap)) {
                throw new IllegalArgumentException("no output \"" + tap + "\" in " + displayName()
                        + "; it returns " + String.join(", ", layerNames));
            }
        }
        Map<String, NDArray> all = run(block, image);
        Map<String, NDArray> wanted = new LinkedHashMap<>();
        layerNames.stream().filter(taps::contains).forEach(layer -> wanted.put(layer, all.get(layer)));
        return wanted;
    }

    @Override
    public boolean hasClassifier() {
        return layerNames.contains(LOGITS);
    }

    @Override
    public NDArray logits(NDArray image) {
        if (!hasClassifier()) {
            throw new IllegalStateException(displayName() + " returns no \"" + LOGITS + "\"");
        }
        return forward(image, List.of(LOGITS)).get(LOGITS);
    }

    /** Its classes are not named in the file. */
    @Override
    public List<String> labels() {
        return List.of();
    }

    @Override
    public List<String> dreamLayers() {
        return layerNames.subList(layerNames.size() - 1, layerNames.size());
    }

    @Override
    public List<String> styleLayers() {
        return layerNames;
    }

    @Override
    public String contentLayer() {
        return layerNames.get(layerNames.size() - 1);
    }

    @Override
    public void close() {
        model.close();
    }

    private static Map<String, Shape> dryRun(Model model, int size) {
        try (NDManager scratch = model.getNDManager().newSubManager()) {
            Map<String, Shape> shapes = new TreeMap<>();
            run((PtSymbolBlock) model.getBlock(), scratch.zeros(new Shape(1, 3, size, size)))
                    .forEach((k, v) -> shapes.put(k, v.getShape()));
            if (shapes.isEmpty()) {
                throw new IllegalArgumentException("the module returned no named outputs");
            }
            return shapes;
        }
    }

    /**
     * Runs the module in the mode it was saved in (eval, normally) with autograd on, so the
     * input gets gradients; Block.forward(..., true) would also switch it to training mode.
     */
    private static Map<String, NDArray> run(PtSymbolBlock block, NDArray image) {
        NDList outputs = IValueUtils.forward(block, new NDList(image), true);
        Map<String, NDArray> byName = new TreeMap<>();
        for (NDArray output : outputs) {
            if (output.getName() == null || output.getName().isEmpty()) {
                throw new IllegalArgumentException("the module must return a dict of named activations, "
                        + "e.g. {\"relu1\": a, \"relu2\": b}");
            }
            byName.put(output.getName(), output);
        }
        return byName;
    }
}
