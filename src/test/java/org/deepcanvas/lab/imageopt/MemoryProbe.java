package org.deepcanvas.lab.imageopt;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deepcanvas.nn.Adam;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.LayeredNet;
import org.deepcanvas.nn.embedded.RandomTextureNet;
import org.deepcanvas.nn.style.StyleLosses;

/**
 * Measures the peak resident memory of style-transfer steps on the CPU, in a process of
 * its own (MemoryEstimateTest starts it): Linux's peak resident set (VmHWM) is reset by
 * writing 5 to /proc/self/clear_refs, then two steps run, and the peak minus the resident
 * set before them is what the steps needed. Run with MALLOC_MMAP_THRESHOLD_=131072 so that
 * glibc returns every large freed block to the system; otherwise a size measured after
 * another would find the earlier one's memory still mapped. Prints "side bytes" per size.
 */
public final class MemoryProbe {
    static final String CONTENT_LAYER = "relu2";
    static final Set<String> STYLE_LAYERS = Set.of("relu1", "relu2");
    static final int ADAM_COPIES = 2;

    private MemoryProbe() {}

    /** The workload the probe runs, for the estimate to be compared with. */
    static ImageOptWorkload workload() {
        return new ImageOptWorkload(RandomTextureNet.architecture(), Set.of(CONTENT_LAYER), Set.of(), STYLE_LAYERS,
                2, ADAM_COPIES, false);
    }

    public static void main(String[] args) throws IOException {
        Engine.getInstance();
        JniUtils.setGradMode(false);
        try (NDManager manager = NDManager.newBaseManager(); LayeredNet net = RandomTextureNet.create(manager, 1)) {
            for (String side : args) {
                int pixels = Integer.parseInt(side);
                long before = status("VmRSS");
                Files.writeString(Path.of("/proc/self/clear_refs"), "5");
                steps(net, manager, pixels);
                System.out.println(pixels + " " + (status("VmHWM") - before));
            }
        }
    }

    private static void steps(LayeredNet net, NDManager parent, int side) {
        try (NDManager manager = parent.newSubManager(); DeviceScalars scalars = new DeviceScalars(manager)) {
            NDArray image = manager.randomUniform(0, 1, new Shape(1, 3, side, side));
            image.setRequiresGradient(true);
            Set<String> taps = workload().taps();
            Map<String, NDArray> targets = new HashMap<>();
            try (NDScope scope = new NDScope()) {
                Map<String, NDArray> features = net.forward(net.preprocessing().normalize(image.stopGradient()), taps);
                for (String layer : STYLE_LAYERS) {
                    targets.put(layer, StyleLosses.gram(features.get(layer), scalars));
                }
                targets.put(CONTENT_LAYER + " content", features.get(CONTENT_LAYER).duplicate());
                targets.values().forEach(NDScope::unregister);
            }
            Adam adam = new Adam(List.of(image));
            for (int step = 0; step < 2; step++) {
                try (NDScope scope = new NDScope()) {
                    try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                        Map<String, NDArray> features = net.forward(net.preprocessing().normalize(image), taps);
                        NDArray loss = StyleLosses.content(features.get(CONTENT_LAYER), targets.get(CONTENT_LAYER + " content"));
                        for (String layer : STYLE_LAYERS) {
                            loss = loss.add(StyleLosses.style(features.get(layer), targets.get(layer), scalars));
                        }
                        collector.backward(loss);
                    }
                    adam.update(0.01f);
                }
            }
            adam.close();
        }
    }

    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/self/status");
    }
}
