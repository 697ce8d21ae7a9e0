package org.deepcanvas.runtime.device;

/**
 * What the driver probe found, without loading any CUDA library: a usable NVIDIA driver,
 * or in a few words why there is none.
 *
 * @param usable whether an NVIDIA driver that CUDA programs can use is installed
 * @param summary "NVIDIA driver 570.86.15", or the reason, e.g. "no NVIDIA driver found"
 * @param gpuName the card's name where the driver tells it without CUDA, else empty
 */
public record DriverStatus(boolean usable, String summary, String gpuName) {

    public static DriverStatus found(String summary, String gpuName) {
        return new DriverStatus(true, summary, gpuName);
    }

    public static DriverStatus missing(String reason) {
        return new DriverStatus(false, reason, "");
    }
}
