package org.deepcanvas.runtime;

import ai.djl.Device;
import java.util.Map;
import org.deepcanvas.runtime.device.EngineStartup;

/**
 * The deep learning engine as the runtime sees it: loaded once, on the compute thread,
 * where the device is chosen for the whole session.
 */
public interface EngineBinding {

    Device device();

    /**
     * What computes and why, with the versions, for the status bar and Help > About, e.g.
     * "CPU: no NVIDIA driver found (PyTorch 2.7.1, DJL 0.36.0)".
     */
    String description();

    /** Seeds the engine's own random generator (weight initialisers and the like). */
    void seed(long seed);

    /** What a result's provenance records of the engine: "djl", "engine" and "device". */
    default Map<String, String> versions() {
        return Map.of("device", description());
    }

    /** Sets how many threads the engine's ops may use on the calling thread (see {@link ThreadPolicy}). */
    default void setIntraOpThreads(int threads) {}

    /**
     * Loads DJL's PyTorch engine on the calling thread (the compute thread) as this process's
     * start-up plan says ({@link EngineStartup#plan()}): the installed CUDA runtime or the
     * bundled CPU libtorch, then the device, checked with a first computation on it.
     */
    static EngineBinding loadDjl() {
        return EngineLoader.load(EngineStartup.plan(), EngineStartup.guard(), EngineStartup.choiceRequired());
    }
}
