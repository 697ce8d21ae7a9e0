package org.deepcanvas.runtime;

import java.nio.file.Path;
import java.util.Map;
import org.deepcanvas.runtime.device.CudaRuntime;
import org.deepcanvas.runtime.device.DeviceChoice;
import org.deepcanvas.runtime.device.EnginePlan;
import org.deepcanvas.runtime.device.GpuStartGuard;

/**
 * Run in a fresh JVM by {@link EngineFallbackTest}: starts the engine on a "CUDA runtime"
 * folder whose libraries are not libraries, and prints the device line it ends up with.
 * Arguments: the runtime folder and the settings folder.
 */
public final class BrokenGpuRuntimeStart {
    private BrokenGpuRuntimeStart() {}

    public static void main(String[] args) {
        String folder = Path.of(args[0]).toString();
        EnginePlan plan = new EnginePlan(DeviceChoice.GPU, EnginePlan.Target.CUDA, Map.of(
                EnginePlan.LIBRARY_PATH, folder,
                EnginePlan.FLAVOR, CudaRuntime.FLAVOR,
                EnginePlan.VERSION, CudaRuntime.libtorchVersion(),
                EnginePlan.JNA_LIBRARY_PATH, folder), "a test GPU, CUDA 12.8", false, false);
        EngineBinding engine = EngineLoader.load(plan, new GpuStartGuard(Path.of(args[1])), false);
        System.out.println("device line: " + engine.description());
        System.out.println("device: " + engine.device());
    }
}
