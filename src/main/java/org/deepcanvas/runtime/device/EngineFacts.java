package org.deepcanvas.runtime.device;

import ai.djl.util.Utils;

/**
 * What the start-up choice of engine settings depends on, gathered without loading
 * libtorch: the platform, the NVIDIA driver, whether the CUDA runtime is installed, and a
 * libtorch the user named himself with {@code PYTORCH_LIBRARY_PATH} (null if none).
 *
 * @param previousGpuStartFailed the last start that loaded the CUDA runtime never finished loading it
 */
public record EngineFacts(HostPlatform platform, DriverStatus driver, CudaRuntime cudaRuntime,
                          boolean cudaRuntimeInstalled, String userLibraryPath, boolean previousGpuStartFailed) {

    /** The facts of this machine (reads a few files; loads nothing native). */
    public static EngineFacts ofThisMachine(GpuStartGuard guard) {
        CudaRuntime runtime = CudaRuntime.forThisMachine();
        return new EngineFacts(runtime.platform(), DriverProbe.system().probe(), runtime, runtime.isInstalled(),
                Utils.getEnvOrSystemProperty(EnginePlan.LIBRARY_PATH), guard.previousStartFailed());
    }
}
