package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void paintBenchEndsWithItsStepsPerSecondLine() {
        List<String> lines = runCapturingOutput("bench", "paint", "--steps", "300", "--warmup", "10");

        assertThat(lines).anyMatch(line -> line.startsWith("device: "));
        assertThat(lines.get(lines.size() - 1)).matches("paint: \\d+ steps/s");
    }

    @Test
    void withTurnsTheBenchSaysReadyThenMeasuresOncePerLineRead() {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream("go\ngo\n".getBytes(StandardCharsets.UTF_8)));
        List<String> lines;
        try {
            lines = runCapturingOutput("bench", "paint", "--steps", "200", "--warmup", "10", "--turns");
        } finally {
            System.setIn(original);
        }

        List<String> measured = lines.stream().filter(line -> line.matches("paint: \\d+ steps/s")).toList();
        assertThat(measured).hasSize(2);
        assertThat(lines).containsOnlyOnce(TurnsMixin.READY);
        assertThat(lines.indexOf(TurnsMixin.READY)).isLessThan(lines.indexOf(measured.get(0)));
    }

    @Test
    void soakNamesTheWorkloadsItKnowsWithoutRunning() {
        CommandRun run = CommandRun.of("bench", "soak", "dreem");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "error: WORKLOAD must be one of paint, autoencode, gan, not dreem; see 'deepcanvas bench soak --help'");
    }

    private static List<String> runCapturingOutput(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(DeepCanvasCommand.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
