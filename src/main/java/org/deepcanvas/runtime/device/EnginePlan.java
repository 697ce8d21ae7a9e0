package org.deepcanvas.runtime.device;

import java.util.Locale;
import java.util.Map;

/**
 * How to start the engine: the system properties DJL must see before its first use (none
 * for the bundled CPU libtorch), the device to compute on once it has loaded, and why.
 *
 * @param choice what the user asked for
 * @param target the device to try once the engine has loaded
 * @param engineProperties what to set before the engine loads (DJL reads these names as
 *     environment variables first, then as system properties)
 * @param why in a few words, e.g. "NVIDIA GeForce RTX 4070, CUDA 12.8" or "no NVIDIA driver found"
 * @param unmet the device asked for by name cannot be used; {@code why} says why
 * @param offerInstall the driver is there but the CUDA runtime is not: offer to install it
 */
public record EnginePlan(DeviceChoice choice, Target target, Map<String, String> engineProperties, String why,
                         boolean unmet, boolean offerInstall) {
    public static final String LIBRARY_PATH = "PYTORCH_LIBRARY_PATH";
    public static final String FLAVOR = "PYTORCH_FLAVOR";
    public static final String VERSION = "PYTORCH_VERSION";
    /** Where DJL's CUDA probe (through JNA) looks for libcudart before the system folders. */
    public static final String JNA_LIBRARY_PATH = "jna.library.path";

    /** The devices the engine can compute on. */
    public enum Target {
        CPU("CPU"),
        CUDA("GPU"),
        MPS("GPU");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public EnginePlan {
        engineProperties = Map.copyOf(engineProperties);
    }

    /**
     * One line for the status bar and Help > About: what will be used and why, e.g.
     * "CPU: no NVIDIA driver found" or "CPU: GPU chosen, but no NVIDIA driver found".
     */
    public String summary() {
        String prefix = target.label() + ": ";
        return unmet ? prefix + choice.label().toUpperCase(Locale.ROOT) + " chosen, but " + why : prefix + why;
    }

    /** Whether both plans start the same engine on the same device (only the reasons differ). */
    public boolean sameEngineAs(EnginePlan other) {
        return target == other.target && engineProperties.equals(other.engineProperties);
    }

    /** Whether the plan loads an installed CUDA runtime instead of the bundled CPU libtorch. */
    public boolean loadsCudaRuntime() {
        return engineProperties.containsKey(LIBRARY_PATH);
    }
}
