package org.deepcanvas.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deepcanvas.Verbosity;
import org.deepcanvas.runtime.device.EnginePlan;
import org.deepcanvas.runtime.device.EnginePlan.Target;
import org.deepcanvas.runtime.device.GpuStartGuard;
import org.deepcanvas.runtime.device.MpsFallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out an {@link EnginePlan} on the compute thread. A CUDA runtime that fails to
 * load is dropped for the bundled CPU libtorch in the same process; a device that fails its
 * first computation is dropped for the CPU; either way the device line says why in one
 * sentence, or, when the user required that device, the engine fails with it.
 */
final class EngineLoader {
    private static final Logger LOG = LoggerFactory.getLogger(EngineLoader.class);
    private static final Device MPS = Device.of("mps", -1);

    private EngineLoader() {}

    static EngineBinding load(EnginePlan plan, GpuStartGuard guard, boolean deviceRequired) {
        if (plan.unmet() && deviceRequired) {
            throw new IllegalStateException(plan.summary());
        }
        String fallback = null;
        Engine engine;
        if (plan.loadsCudaRuntime()) {
            guard.markLoading();
            List<String> set = setAbsent(plan.engineProperties());
            try {
                engine = Engine.getInstance();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("the GPU runtime did not load; using the bundled CPU libtorch", e);
                set.forEach(System::clearProperty);
                fallback = "the GPU runtime did not load (" + firstLine(e) + ")";
                engine = Engine.getInstance();
            }
        } else {
            if (plan.target() == Target.MPS) {
                MpsFallback.enable();
            }
            engine = Engine.getInstance();
        }
        if (!Verbosity.isVerbose()) {
            LibtorchLogging.errorsOnly();
        }
        JniUtils.setGradMode(false);
        try {
            if (fallback == null) {
                fallback = tryTarget(plan.target(), engine);
            }
        } finally {
            if (plan.loadsCudaRuntime()) {
                guard.clear();
            }
        }
        Device device = fallback == null ? deviceOf(plan.target()) : Device.cpu();
        String line = fallback == null ? plan.summary() : "CPU: " + fallback;
        if (fallback != null && deviceRequired) {
            throw new IllegalStateException(line);
        }
        return binding(engine, device, line + " (" + engine.getEngineName() + " " + engine.getVersion()
                + ", DJL " + Engine.getDjlVersion() + ")");
    }

    /** The device as a result's provenance names it: "CPU", "GPU 0" or "MPS". */
    private static String provenanceName(Device device) {
        if (device.isGpu()) {
            return "GPU " + device.getDeviceId();
        }
        return device == MPS ? "MPS" : "CPU";
    }

    /** Null when the target computes, else why not. */
    private static String tryTarget(Target target, Engine engine) {
        if (target == Target.CPU) {
            return null;
        }
        if (target == Target.CUDA && !engine.hasCapability(StandardCapabilities.CUDA)) {
            return "the loaded PyTorch has no CUDA support";
        }
        Device device = deviceOf(target);
        try (NDManager manager = engine.newBaseManager(device)) {
            float sum = HostRead.scalar(manager.ones(new Shape(2)).sum());
            return sum == 2f ? null : "the GPU computed 1 + 1 = " + sum;
        } catch (RuntimeException e) {
            LOG.warn("the first computation on {} failed", device, e);
            return "the GPU did not answer (" + firstLine(e) + ")";
        }
    }

    private static Device deviceOf(Target target) {
        return switch (target) {
            case CPU -> Device.cpu();
            case CUDA -> Device.gpu();
            case MPS -> MPS;
        };
    }

    /** Sets each property nobody set before (a -D on the command line wins); returns those it set. */
    private static List<String> setAbsent(Map<String, String> properties) {
        List<String> set = new ArrayList<>();
        properties.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
                set.add(key);
            }
        });
        return set;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }

    private static EngineBinding binding(Engine engine, Device device, String description) {
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
                        "device", provenanceName(device));
            }

            @Override
            public void setIntraOpThreads(int threads) {
                JniUtils.setNumThreads(threads);
            }
        };
    }
}
