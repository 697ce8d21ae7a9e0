package org.deepcanvas.lab.imageopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.Preprocessing;
import org.deepcanvas.nn.layers.ConvLayer;
import org.deepcanvas.nn.layers.MaxPoolLayer;
import org.deepcanvas.nn.layers.ReluLayer;
import org.deepcanvas.runtime.device.DeviceMemory;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {
    private static final Architecture TINY = new Architecture("tiny", "Tiny", Preprocessing.imageNet(), List.of(
            ConvLayer.same("conv", "features.0", 3, 16, 3),
            new ReluLayer("relu"),
            new MaxPoolLayer("pool", 2)),
            3, List.of(), List.of(), List.of("relu"), "relu");

    @Test
    void countsEveryPartByHandOnATinyNetwork() {
        ImageOptWorkload workload = new ImageOptWorkload(TINY, Set.of(), Set.of("pool"), Set.of("relu"), 2, 2, false);
        MemoryEstimate estimate = MemoryEstimate.of(workload, 8, 8, true);
        long image = 3 * 64;
        long activation = 16 * 64;
        long pooled = 16 * 16;
        long gram = 16 * 16;
        assertThat(estimate.weightBytes()).isEqualTo(4 * (16 * 3 * 9 + 16));
        // pixels, gradient, Adam's two moments, normalised input (two ops)
        assertThat(estimate.imageBytes()).isEqualTo(4 * 6 * image);
        // the relu's output (the conv's is freed once read), pool output with int64 indices, the Gram term's three C x C arrays
        assertThat(estimate.forwardBytes()).isEqualTo(4 * (activation + 3 * pooled + 3 * gram));
        assertThat(estimate.targetBytes()).isEqualTo(4 * 2 * gram);
        // worst is the convolution: gradient in and out, a blocked copy of the larger, its weights
        assertThat(estimate.backwardBytes()).isEqualTo(4 * (image + 2 * activation + 16 * 3 * 9 + 16));
        assertThat(estimate.multiplyAddsPerStep()).isEqualTo(2L * 16 * 3 * 9 * 64);
    }

    @Test
    void aLargerImageNeedsMoreAndTheLargestSizeThatFitsDoes() {
        ImageOptWorkload workload = MemoryProbe.workload();
        MemoryEstimate small = MemoryEstimate.of(workload, 256, 256, true);
        MemoryEstimate large = MemoryEstimate.of(workload, 512, 512, true);
        assertThat(large.totalBytes()).isGreaterThan(3 * small.totalBytes());
        long budget = large.totalBytes() - 1;
        int side = MemoryEstimate.largestSquareThatFits(workload, budget, true).orElseThrow();
        assertThat(side).isLessThan(512).isGreaterThan(256);
        assertThat(MemoryEstimate.of(workload, side, side, true).totalBytes()).isLessThanOrEqualTo(budget);
        assertThat(MemoryEstimate.of(workload, side + MemoryEstimate.SIDE_STEP, side + MemoryEstimate.SIDE_STEP, true)
                .totalBytes()).isGreaterThan(budget);
        assertThat(MemoryEstimate.largestSquareThatFits(workload, 1 << 20, true)).isEmpty();
    }

    @Test
    void aTimeComesFromTheMeasuredSpeedOfTheDevice() {
        double speed;
        try (NDManager manager = NDManager.newBaseManager()) {
            speed = ConvolutionSpeed.multiplyAddsPerSecond(manager);
        }
        assertThat(speed).isBetween(1e8, 1e15);
        MemoryEstimate estimate = MemoryEstimate.of(MemoryProbe.workload(), 256, 256, true);
        assertThat(estimate.seconds(100, speed)).isEqualTo(100.0 * estimate.multiplyAddsPerStep() / speed);
    }

    @Test
    void theCpuHasMemoryToOfferAndAShareIsHeldBack() {
        long available = DeviceMemory.available(Device.cpu()).orElseThrow();
        assertThat(available).isPositive();
        assertThat(DeviceMemory.usable(Device.cpu()).orElseThrow()).isLessThan(available);
    }

    /** The style net's first steps on the random-filter net, on the CPU, measured in a process of its own (MemoryProbe). */
    @Test
    void comesWithinAQuarterOfTheMeasuredPeakAtTwoSizes() throws Exception {
        assumeThat(Files.isWritable(Path.of("/proc/self/clear_refs"))).as("Linux peak-memory counters").isTrue();
        Map<Integer, Long> measured = measure(64, 128, 224);
        for (int side : List.of(128, 224)) {
            long estimated = MemoryEstimate.of(MemoryProbe.workload(), side, side, true).totalBytes();
            assertThat((double) estimated).as("%d px: estimated %d MiB, measured %d MiB", side, estimated >> 20,
                    measured.get(side) >> 20).isBetween(0.75 * measured.get(side), 1.25 * measured.get(side));
        }
    }

    /** Peak growth per side; the first side only warms the engine up. */
    private static Map<Integer, Long> measure(int... sides) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a Java heap resident from the start, so that only the run's native memory grows
                "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch",
                "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1",
                "-cp", System.getProperty("java.class.path"), MemoryProbe.class.getName()));
        for (int side : sides) {
            command.add(Integer.toString(side));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("MALLOC_MMAP_THRESHOLD_", "131072");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<Integer, Long> peaks = new HashMap<>();
        output.lines().map(line -> line.split(" ")).filter(parts -> parts.length == 2)
                .forEach(parts -> peaks.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1])));
        return peaks;
    }
}
