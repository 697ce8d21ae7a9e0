package org.deepcanvas.runtime.device;

import ai.djl.util.Utils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the CUDA build of libtorch lives once installed: the folder DJL itself downloads
 * it to, {@code <engine cache>/pytorch/<version>-cu128-<classifier>} (engine cache:
 * {@code ENGINE_CACHE_DIR}, else {@code DJL_CACHE_DIR}, else {@code ~/.djl.ai}), so that
 * a runtime DJL fetched earlier counts too. It is installed when libtorch and its CUDA
 * part are both there; an install in progress stays in a sibling folder until complete.
 *
 * @param folder the runtime's folder
 * @param platform the platform it is built for
 */
public record CudaRuntime(Path folder, HostPlatform platform) {
    /** The CUDA flavour DJL 0.36 publishes for libtorch 2.7.1, and whose JNI pytorch-jni carries. */
    public static final String FLAVOR = "cu128";
    /** For messages: the CUDA version of {@link #FLAVOR}. */
    public static final String CUDA_VERSION = "12.8";

    /** The runtime for this machine, in DJL's cache. */
    public static CudaRuntime forThisMachine() {
        return in(Utils.getEngineCacheDir("pytorch"), HostPlatform.current());
    }

    /** The runtime for {@code platform} in the PyTorch engine cache folder {@code pytorchCache}. */
    public static CudaRuntime in(Path pytorchCache, HostPlatform platform) {
        return new CudaRuntime(pytorchCache.resolve(libtorchVersion() + "-" + FLAVOR + "-" + platform.classifier()),
                platform);
    }

    /** The libtorch version the bundled PyTorch engine is built for (from DJL's own properties). */
    public static String libtorchVersion() {
        try (InputStream in = CudaRuntime.class.getClassLoader().getResourceAsStream("pytorch-engine.properties")) {
            if (in == null) {
                throw new IllegalStateException("DJL's pytorch-engine.properties is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("pytorch_version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where an install collects its files before moving them into {@link #folder()} in one step. */
    public Path stagingFolder() {
        return folder.resolveSibling(folder.getFileName() + ".download");
    }

    public boolean isInstalled() {
        return Files.isRegularFile(folder.resolve(platform.libraryFile("torch")))
                && Files.isRegularFile(folder.resolve(platform.libraryFile("torch_cuda")));
    }
}
