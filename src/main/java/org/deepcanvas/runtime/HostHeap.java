package org.deepcanvas.runtime;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Structure;
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
    private static final String USER_MMAP_THRESHOLD = "MALLOC_MMAP_THRESHOLD_";

    private static final long RELEASE_INTERVAL_NANOS = 10_000_000_000L;

    private static final Optional<NativeLibrary> GLIBC = glibc();
    private static boolean keeping;
    private static long lastRelease = System.nanoTime();

    private HostHeap() {}

    /**
     * From now on freed host memory stays in the heap; every job calls it when it starts
     * (any thread). Whoever set glibc's own malloc variables for this process keeps them.
     */
    public static synchronized void keepFreedMemoryAcrossSteps() {
        if (keeping || GLIBC.isEmpty() || System.getenv(USER_MMAP_THRESHOLD) != null) {
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
            lastRelease = System.nanoTime();
        }
    }

    /**
     * Hands free memory back as {@link #releaseFreedMemory} does, at most once per
     * {@link #RELEASE_INTERVAL_NANOS}; call it after each step. Without trimming, the free
     * pieces that small allocations leave between live ones (frames, metrics, the JVM's own
     * threads) stay resident for good: a 20,000-step paint run grew by 30 MiB of them. The
     * next step faults back what it needs once, a few milliseconds every ten seconds.
     */
    public static synchronized void releaseFreedMemoryNowAndThen() {
        if (keeping && System.nanoTime() - lastRelease >= RELEASE_INTERVAL_NANOS) {
            releaseFreedMemory();
        }
    }

    /**
     * What glibc's heap holds, in bytes: allocated (libtorch's host tensors, the JVM's own
     * mallocs, Java direct buffers) and kept free inside its heaps.
     */
    public record Usage(long inUseBytes, long freeBytes) {}

    /** The heap's usage now (mallinfo2, glibc 2.33 and later); empty elsewhere. */
    public static Optional<Usage> usage() {
        return GLIBC.flatMap(c -> {
            try {
                MallInfo2 info = (MallInfo2) c.getFunction("mallinfo2").invoke(MallInfo2.class, new Object[0]);
                return Optional.of(new Usage(info.uordblks + info.hblkhd, info.fordblks));
            } catch (UnsatisfiedLinkError olderGlibc) {
                return Optional.empty();
            }
        });
    }

    /** struct mallinfo2: every field a size_t. */
    @Structure.FieldOrder({"arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost"})
    public static final class MallInfo2 extends Structure implements Structure.ByValue {
        public long arena;
        public long ordblks;
        public long smblks;
        public long hblks;
        public long hblkhd;
        public long usmblks;
        public long fsmblks;
        public long uordblks;
        public long fordblks;
        public long keepcost;
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
