package org.deepcanvas.lab.imageopt;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.style.StyleJob;
import org.deepcanvas.lab.style.StyleSettings;
import org.deepcanvas.nn.embedded.RandomTextureNet;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.ProcessMemory;
import org.deepcanvas.runtime.RunOptions;

/**
 * Measures the peak resident memory of the style net's first steps on the CPU, in a process
 * of its own (MemoryEstimateTest starts it): Linux's peak resident set (VmHWM) is reset by
 * writing 5 to /proc/self/clear_refs, then a StyleJob on the embedded random-filter net
 * runs three steps through the runtime, and the peak minus the resident set before it is
 * what the run needed (its network and targets included). Run with
 * MALLOC_MMAP_THRESHOLD_=131072 so that glibc returns every large freed block to the
 * system; otherwise a size measured after another would find the earlier one's memory
 * still mapped. Prints "side bytes" per size.
 */
public final class MemoryProbe {
    private static final int STEPS = 3;

    private MemoryProbe() {}

    /** What the probe runs, for the estimate to be compared with. */
    static ImageOptWorkload workload() {
        return ImageOptWorkload.style(RandomTextureNet.architecture(), Set.of("relu2"), Set.of("relu1", "relu2"), 1,
                StepMethod.ADAM.imageCopies());
    }

    public static void main(String[] args) throws Exception {
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            runtime.loadEngine().get();
            for (String side : args) {
                int pixels = Integer.parseInt(side);
                long before = ProcessMemory.resident().orElseThrow();
                if (!ProcessMemory.resetPeak()) {
                    throw new IllegalStateException("cannot reset the peak resident set here");
                }
                run(runtime, pixels);
                System.out.println(pixels + " " + (ProcessMemory.peakResident().orElseThrow() - before));
            }
        }
    }

    private static void run(ComputeRuntime runtime, int side) throws InterruptedException {
        ArgbImage picture = picture(side);
        StyleJob job = new StyleJob((id, manager) -> RandomTextureNet.create(manager, RandomTextureNet.DEFAULT_SEED),
                picture, List.of(picture));
        JobHandle<StyleSettings> handle = runtime.submit("memory probe", job, StyleSettings.DEFAULT.withSize(side),
                RunOptions.defaults().withMaxSteps(STEPS));
        handle.start();
        JobState state = handle.awaitFinish(Duration.ofMinutes(2));
        if (state.phase() != JobState.Phase.COMPLETED) {
            throw new IllegalStateException("the probe's run ended " + state);
        }
        handle.close();
    }

    private static ArgbImage picture(int side) {
        int[] pixels = new int[side * side];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0xff000000 | (i * 7 % 251) << 16 | (i / side * 3 % 253) << 8 | (i * 13 % 239);
        }
        return new ArgbImage(side, side, pixels);
    }
}
