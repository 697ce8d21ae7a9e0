package org.deepcanvas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * What a soak run's memory samples say: the mean of the first tenth of the samples against
 * the mean of the last tenth (single readings swing by some MiB), for the resident set and
 * for each part of it, so that a growth can be traced to the Java heap, glibc's heap or the rest.
 */
final class SoakReport {
    private static final double MIB = 1 << 20;

    private final List<MemorySample> early;
    private final List<MemorySample> late;

    SoakReport(List<MemorySample> samples) {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("a soak report needs at least 2 samples, not " + samples.size());
        }
        int tenth = Math.max(1, samples.size() / 10);
        this.early = List.copyOf(samples.subList(0, tenth));
        this.late = List.copyOf(samples.subList(samples.size() - tenth, samples.size()));
    }

    /** Late against early resident memory, in percent. */
    double residentGrowthPercent() {
        double before = mean(early, MemorySample::resident);
        return 100 * (mean(late, MemorySample::resident) - before) / before;
    }

    /** One line for the early samples, one for the late, one per part that grew or shrank by a MiB or more. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(describe("early", early));
        lines.add(describe("late", late));
        part(lines, "Java heap live", MemorySample::heapLive);
        part(lines, "Java heap committed", MemorySample::heapCommitted);
        part(lines, "JVM other", MemorySample::jvmOther);
        part(lines, "Java direct buffers", MemorySample::direct);
        if (late.get(0).knowsMalloc()) {
            part(lines, "malloc in use", MemorySample::mallocInUse);
        }
        part(lines, "the rest", MemorySample::rest);
        if (late.get(0).knowsMalloc()) {
            part(lines, "glibc's free memory", MemorySample::mallocFree);
        }
        return lines;
    }

    private void part(List<String> lines, String name, ToLongFunction<MemorySample> field) {
        double change = mean(late, field) - mean(early, field);
        if (Math.abs(change) >= 1) {
            lines.add(String.format("  %s %+.1f MiB", name, change));
        }
    }

    private static String describe(String which, List<MemorySample> samples) {
        String malloc = samples.get(0).knowsMalloc()
                ? String.format(" + malloc in use %.1f (%.1f of it direct buffers)",
                        mean(samples, MemorySample::mallocInUse), mean(samples, MemorySample::direct))
                : String.format(" (direct buffers %.1f)", mean(samples, MemorySample::direct));
        String free = samples.get(0).knowsMalloc()
                ? String.format("; glibc holds %.1f free", mean(samples, MemorySample::mallocFree))
                : "";
        return String.format("%s (steps %d-%d): resident %.1f MiB = Java heap %.1f committed (%.1f live)"
                        + " + JVM other %.1f%s + the rest %.1f%s",
                which, samples.get(0).step(), samples.get(samples.size() - 1).step(),
                mean(samples, MemorySample::resident), mean(samples, MemorySample::heapCommitted),
                mean(samples, MemorySample::heapLive), mean(samples, MemorySample::jvmOther), malloc,
                mean(samples, MemorySample::rest), free);
    }

    private static double mean(List<MemorySample> samples, ToLongFunction<MemorySample> field) {
        return samples.stream().mapToLong(field).average().orElseThrow() / MIB;
    }
}
