package org.deepcanvas.runtime;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the memory a training step frees in the C heap for the next step, instead of glibc
 * handing it back to the OS at every step and the next step faulting it in again.
 *
 * <p>A conv autoencoder step allocates and frees ~30 MiB of tensors (activations, gradients,
 * oneDNN reorder buffers). The compute thread is not the process's first thread, so glibc
 * serves it from a thread arena made of 64 MiB heaps, and deletes a heap as soon as it is
 * entirely free: every step mapped a fresh heap and took 1,000-4,000 page faults, a third
 * of its CPU time on the shared build machine (the earlier remedy here, freeing one big
 * block to raise glibc's trim threshold, only reaches the first thread's arena).
 * {@code M_TOP_PAD} at the heap size stops that deletion, {@code M_TRIM_THRESHOLD} the
 * trimming, and {@code M_MMAP_THRESHOLD} at glibc's largest value keeps tensors up to
 * 32 MiB in the heap (setting the other two would otherwise drop it to 128 KiB). What a
 * job kept goes back to the OS when it ends ({@link #releaseFreedMemory}). Other C
 * libraries are left alone.
 */
public final class HostHeap {
    private static final Logger LOG = LoggerFactory.getLogger(HostHeap.class);
    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_TOP_PAD = -2;
    private static final int M_MMAP_THRESHOLD = -3;
    /** glibc's thread-arena heap size on 64-bit systems. */
    private static final int HEAP_SIZE = 64 << 20;
    /** The largest mmap threshold glibc accepts (half a heap). */
    private static final int LARGEST_MMAP_THRESHOLD = HEAP_SIZE / 2;
    private static final int NO_TRIMMING = Integer.MAX_VALUE;

    private static final Optional<NativeLibrary> GLIBC = glibc();
    private static boolean keeping;

    private HostHeap() {}

    /** From now on freed host memory stays in the heap; call it when a job starts (any thread). */
    public static synchronized void keepFreedMemoryAcrossSteps() {
        if (keeping || GLIBC.isEmpty()) {
            return;
        }
        Function mallopt = GLIBC.get().getFunction("mallopt");
        int[][] settings = {{M_MMAP_THRESHOLD, LARGEST_MMAP_THRESHOLD}, {M_TOP_PAD, HEAP_SIZE},
            {M_TRIM_THRESHOLD, NO_TRIMMING}};
        for (int[] setting : settings) {
            if (mallopt.invokeInt(new Object[] {setting[0], setting[1]}) != 1) {
                LOG.debug("glibc refused malloc option {}; steps may fault freed memory back in", setting[0]);
            }
        }
        keeping = true;
    }

    /** Hands the free memory of every heap back to the OS; call it when a job ends. */
    public static synchronized void releaseFreedMemory() {
        if (keeping) {
            GLIBC.get().getFunction("malloc_trim").invokeInt(new Object[] {0});
        }
    }

    /** The C library when it is glibc (the only one with gnu_get_libc_version), else empty. */
    private static Optional<NativeLibrary> glibc() {
        if (!Platform.isLinux()) {
            return Optional.empty();
        }
        try {
            NativeLibrary c = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME);
            c.getFunction("gnu_get_libc_version");
            return Optional.of(c);
        } catch (UnsatisfiedLinkError e) {
            return Optional.empty();
        }
    }
}
