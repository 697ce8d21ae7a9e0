package org.deepcanvas.lab.autoencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.runtime.HostHeap;
import org.junit.jupiter.api.Test;

/**
 * The conv autoencoder's step frees ~30 MiB of tensors; glibc used to hand them back to the OS
 * and the next step faulted them in again (1,000-4,000 page faults a step, see
 * {@link HostHeap}). Runs on a new thread, as the compute thread does.
 */
class AutoencodeStepMemoryTest {
    private static final Path THREAD_STAT = Path.of("/proc/thread-self/stat");
    private static final int WARM_UP = 4;
    private static final int MEASURED = 4;

    @Test
    void aTrainingStepReusesTheMemoryTheStepBeforeFreed() throws Exception {
        assumeTrue(Files.isReadable(THREAD_STAT), "per-thread page fault counts need Linux");
        AutoencodeSettings settings = AutoencodeSettings.of(AutoencoderArchitecture.convolutional());
        AtomicLong faults = new AtomicLong();
        Thread compute = new Thread(() -> {
            try (NDManager manager = NDManager.newBaseManager();
                    AutoencodeTrainer trainer = new AutoencodeTrainer(TinyData.fashion(300, 10), settings, manager,
                            new Random(1))) {
                for (int step = 0; step < WARM_UP + MEASURED; step++) {
                    long before = minorFaults();
                    try (NDScope ignored = new NDScope()) {
                        trainer.step(settings).readReconstruction();
                    }
                    faults.addAndGet(step < WARM_UP ? 0 : minorFaults() - before);
                }
            }
        });
        compute.start();
        compute.join();

        // unkept, it took ~2,400 a step (batch 100); other threads sharing its arena add a few hundred
        assertThat(faults.get() / MEASURED).as("page faults per step").isLessThan(600);
        HostHeap.releaseFreedMemory();
    }

    /** Field 10 of the thread's stat line (the name before it is in parentheses and may hold spaces). */
    private static long minorFaults() {
        try {
            String stat = Files.readString(THREAD_STAT);
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[7]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
