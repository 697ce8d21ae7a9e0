package org.deepcanvas.runtime.device;

import java.util.Locale;

/** The device the user asks for: the studio's setting, or {@code --device} on the command line. */
public enum DeviceChoice {
    /** The GPU when one can be used, else the CPU. */
    AUTO,
    CPU,
    /** The NVIDIA GPU, or on Apple silicon its built-in GPU. */
    GPU,
    /** Apple silicon's GPU through PyTorch's MPS device (the same as GPU on those Macs). */
    MPS;

    /** As typed on a command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
