package org.deepcanvas.runtime.device;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deepcanvas.runtime.device.EnginePlan.Target;

/**
 * The start-up choice of engine settings, a pure function of the user's choice and the
 * machine's facts (platform, driver, installed runtimes), so every case is unit-tested.
 * A device asked for by name that cannot be used is {@code unmet}: the CLI refuses it,
 * the studio starts on the CPU and says why.
 */
public final class EnginePlanner {
    private EnginePlanner() {}

    public static EnginePlan plan(DeviceChoice choice, EngineFacts facts) {
        HostPlatform platform = facts.platform();
        if (choice == DeviceChoice.CPU) {
            return cpu(choice, "as chosen");
        }
        if (choice == DeviceChoice.MPS && !platform.hasMps()) {
            return cpuOrUnmet(choice, "the MPS device exists only on Macs with Apple silicon, not on "
                    + platform.classifier(), false);
        }
        if (platform.hasMps()) {
            return new EnginePlan(choice, Target.MPS, Map.of(), "Apple silicon (MPS)", false, false);
        }
        if (choice == DeviceChoice.AUTO && facts.previousGpuStartFailed() && facts.userLibraryPath() == null) {
            return cpu(choice, "the GPU runtime did not finish loading at the last start;"
                    + " choose GPU as the device to try it again");
        }
        return planCuda(choice, facts);
    }

    private static EnginePlan planCuda(DeviceChoice choice, EngineFacts facts) {
        HostPlatform platform = facts.platform();
        DriverStatus driver = facts.driver();
        if (!platform.hasCudaBuild()) {
            return cpuOrUnmet(choice, "PyTorch has no GPU build for " + platform.classifier(), false);
        }
        if (!driver.usable()) {
            return cpuOrUnmet(choice, driver.summary(), false);
        }
        String gpu = driver.gpuName().isEmpty() ? driver.summary() : driver.gpuName();
        if (facts.userLibraryPath() != null) {
            return new EnginePlan(choice, Target.CUDA, Map.of(), gpu + ", PyTorch from " + EnginePlan.LIBRARY_PATH,
                    false, false);
        }
        if (!facts.cudaRuntimeInstalled()) {
            return cpuOrUnmet(choice, "the GPU runtime (CUDA " + CudaRuntime.CUDA_VERSION + ") is not installed", true);
        }
        String folder = facts.cudaRuntime().folder().toString();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(EnginePlan.LIBRARY_PATH, folder);
        properties.put(EnginePlan.FLAVOR, CudaRuntime.FLAVOR);
        properties.put(EnginePlan.VERSION, CudaRuntime.libtorchVersion());
        properties.put(EnginePlan.JNA_LIBRARY_PATH, folder);
        return new EnginePlan(choice, Target.CUDA, properties, gpu + ", CUDA " + CudaRuntime.CUDA_VERSION, false, false);
    }

    /** The CPU; "unmet" when the user asked for another device by name. */
    private static EnginePlan cpuOrUnmet(DeviceChoice choice, String why, boolean offerInstall) {
        return new EnginePlan(choice, Target.CPU, Map.of(), why, choice != DeviceChoice.AUTO, offerInstall);
    }

    private static EnginePlan cpu(DeviceChoice choice, String why) {
        return new EnginePlan(choice, Target.CPU, Map.of(), why, false, false);
    }
}
