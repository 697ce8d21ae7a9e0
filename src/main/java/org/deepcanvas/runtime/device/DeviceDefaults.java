package org.deepcanvas.runtime.device;

import org.deepcanvas.runtime.device.EnginePlan.Target;

/**
 * Starting values that differ by device. A GPU step on a few thousand values costs about
 * what it costs on a few hundred (launching the kernels dominates), so panes start with
 * larger batches there, and with larger images on an NVIDIA card; Apple silicon shares the
 * main memory, so its images stay as on the CPU. The CPU's own thread counts are the
 * runtime's ThreadPolicy; memory estimates ask {@link DeviceMemory}. The CLI keeps the
 * course's defaults on every machine, so a command line means the same everywhere.
 *
 * @param target the device this start computes on (as planned before the engine loads)
 */
public record DeviceDefaults(Target target) {
    private static final int MAX_IMAGE_SIDE = 1024;

    /** The defaults for the device this start is planned to use. */
    public static DeviceDefaults forThisStart() {
        return new DeviceDefaults(EngineStartup.plan().target());
    }

    /** A batch size for this device, from the CPU's. */
    public int batchSize(int cpuBatch) {
        return switch (target) {
            case CPU -> cpuBatch;
            case MPS -> cpuBatch * 2;
            case CUDA -> cpuBatch * 4;
        };
    }

    /** An image side in pixels for this device, from the CPU's (twice as long on an NVIDIA GPU, at most 1024). */
    public int imageSide(int cpuSide) {
        return target == Target.CUDA ? Math.max(cpuSide, Math.min(MAX_IMAGE_SIDE, cpuSide * 2)) : cpuSide;
    }
}
