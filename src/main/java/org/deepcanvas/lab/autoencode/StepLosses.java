package org.deepcanvas.lab.autoencode;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deepcanvas.runtime.HostRead;

/**
 * One step's losses as device scalars, read only when someone wants the numbers (reading
 * waits for the device). {@code kl} is null unless the network is variational.
 */
public record StepLosses(NDArray reconstruction, NDArray kl) {
    public static final String RECONSTRUCTION = "reconstruction";
    public static final String KL = "kl";

    /** The reconstruction loss on the host. */
    public double readReconstruction() {
        return HostRead.scalar(reconstruction);
    }

    /** The KL term on the host (0 for a plain autoencoder). */
    public double readKl() {
        return kl == null ? 0 : HostRead.scalar(kl);
    }
}
