package org.deepcanvas.nn.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs {@link WeightFileFuzz} in a JVM of its own with a 256 MB heap (and 128 MB of direct
 * memory), so that a reader which trusts a length field dies of OutOfMemoryError there
 * instead of passing on a test machine with gigabytes to spare.
 */
class WeightFileFuzzTest {
    @Test
    @Timeout(120)
    void everyHostileFileIsReadOrRefusedInASmallHeap() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:MaxDirectMemorySize=128m"));
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("ai.djl."))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WeightFileFuzz.class.getName(), "11"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("ok: \\d{4,} hostile weight files");
    }
}
