package org.deepcanvas.nn.gpuruntime;

import org.deepcanvas.nn.library.DownloadProgress;

/**
 * Where an install stands: what it is doing now and the bytes of all parts together.
 *
 * @param step e.g. "Downloading libtorch_cuda.so" or "Unpacking libtorch_cuda.so"
 */
public record InstallProgress(String step, DownloadProgress overall) {
    /** E.g. "Downloading libtorch_cuda.so: 1.2 GB of 2.6 GB, 11.2 MB/s". */
    public String describe() {
        return step + ": " + overall.describe();
    }
}
