package org.deepcanvas.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.Map;
import org.deepcanvas.Verbosity;

/**
 * The deep learning engine as the runtime sees it: loaded once, on the compute thread,
 * where the device is chosen for the whole session.
 */
public interface EngineBinding {

    Device device();

    /** For the status bar, for example "CPU (PyTorch 2.7.1, DJL 0.36.0)". */
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
     * Loads DJL's PyTorch engine on the calling thread (the compute thread), turns autograd
     * off there (the engine only does so on the thread that loaded it first; inside a
     * GradientCollector it is on again) and picks the GPU when DJL sees one.
     */
    static EngineBinding loadDjl() {
        Engine engine = Engine.getInstance();
        if (!Verbosity.isVerbose()) {
            LibtorchLogging.errorsOnly();
        }
        JniUtils.setGradMode(false);
        Device device = engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
        String where = device.isGpu() ? "GPU " + device.getDeviceId() : "CPU";
        String description = where + " (" + engine.getEngineName() + " " + engine.getVersion()
                + ", DJL " + Engine.getDjlVersion() + ")";
        return new EngineBinding() {
            @Override
            public Device device() {
                return device;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void seed(long seed) {
                engine.setRandomSeed((int) seed);
            }

            @Override
            public Map<String, String> versions() {
                return Map.of("djl", Engine.getDjlVersion(),
                        "engine", engine.getEngineName() + " " + engine.getVersion(),
                        "device", where);
            }

            @Override
            public void setIntraOpThreads(int threads) {
                JniUtils.setNumThreads(threads);
            }
        };
    }
}
