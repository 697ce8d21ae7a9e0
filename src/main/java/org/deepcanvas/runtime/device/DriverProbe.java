package org.deepcanvas.runtime.device;

/** Looks for an NVIDIA driver without loading libtorch; tests substitute their own answer. */
@FunctionalInterface
public interface DriverProbe {

    DriverStatus probe();

    /** The probe of this machine's files. */
    static DriverProbe system() {
        return SystemDriverProbe.forThisMachine();
    }
}
