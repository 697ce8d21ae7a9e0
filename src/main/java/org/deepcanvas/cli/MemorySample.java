package org.deepcanvas.cli;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.deepcanvas.runtime.HostHeap;
import org.deepcanvas.runtime.ProcessMemory;

/**
 * Where the process's resident memory is at one step of a soak run, in bytes: the Java heap
 * (committed, and live after a full collection), the JVM's other memory (metaspace, code
 * cache), what is allocated from glibc's heap (libtorch's host tensors, Java direct buffers,
 * the JVM's own mallocs), and the rest: native code, thread stacks and the free memory glibc
 * keeps resident. glibc's free memory is given too, but only part of it is resident.
 *
 * @param mallocInUse glibc's allocated bytes, -1 where glibc cannot say (not Linux, glibc before 2.33)
 * @param mallocFree bytes glibc keeps free inside its heaps, -1 likewise
 */
record MemorySample(long step, long resident, long heapCommitted, long heapLive, long jvmOther, long direct,
        long mallocInUse, long mallocFree) {

    /** Takes one after a full collection, so the heap figure holds only what is live. */
    static Optional<MemorySample> take(long step) {
        System.gc();
        var jvm = ManagementFactory.getMemoryMXBean();
        long direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
        Optional<HostHeap.Usage> malloc = HostHeap.usage();
        return ProcessMemory.resident().isPresent()
                ? Optional.of(new MemorySample(step, ProcessMemory.resident().getAsLong(),
                        jvm.getHeapMemoryUsage().getCommitted(), jvm.getHeapMemoryUsage().getUsed(),
                        jvm.getNonHeapMemoryUsage().getCommitted(), direct,
                        malloc.map(HostHeap.Usage::inUseBytes).orElse(-1L),
                        malloc.map(HostHeap.Usage::freeBytes).orElse(-1L)))
                : Optional.empty();
    }

    boolean knowsMalloc() {
        return mallocInUse >= 0;
    }

    /** Resident memory that none of the other figures accounts for. */
    long rest() {
        return resident - heapCommitted - jvmOther - Math.max(0, mallocInUse);
    }
}
