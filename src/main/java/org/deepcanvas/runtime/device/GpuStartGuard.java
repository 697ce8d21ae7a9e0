package org.deepcanvas.runtime.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers a start that began loading the CUDA runtime and never finished: a marker file
 * is written just before the load and removed once the engine has answered, so a native
 * crash inside the load (which no Java code can catch) sends the next automatic starts to
 * the CPU instead of into the same crash, until the GPU is chosen by name or a fresh
 * runtime is installed.
 */
public final class GpuStartGuard {
    private static final Logger LOG = LoggerFactory.getLogger(GpuStartGuard.class);

    private final Path marker;

    public GpuStartGuard(Path settingsFolder) {
        this.marker = settingsFolder.resolve("gpu-start-pending");
    }

    public boolean previousStartFailed() {
        return Files.exists(marker);
    }

    /** Just before the CUDA runtime loads. */
    public void markLoading() {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "the CUDA runtime was loading\n");
        } catch (IOException e) {
            LOG.debug("cannot write {}: a crash while loading the GPU runtime would repeat", marker, e);
        }
    }

    /** Once the engine has answered (on the GPU or not), or when a fresh runtime deserves a try. */
    public void clear() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.warn("cannot remove {}; the next start will use the CPU", marker, e);
        }
    }
}
