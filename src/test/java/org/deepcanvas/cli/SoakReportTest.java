package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SoakReportTest {
    private static final long MIB = 1 << 20;

    /** 20 samples: the first two (the early tenth) at 200 MiB, the last two at 210, a spike between. */
    private static List<MemorySample> run(long lateMallocMiB) {
        List<MemorySample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean late = i >= 18;
            long malloc = late ? lateMallocMiB : 60;
            long resident = i == 10 ? 400 : 100 + malloc + (late ? 50 - lateMallocMiB + 60 : 40);
            samples.add(new MemorySample(1000L * i, resident * MIB, 40 * MIB, 10 * MIB, 20 * MIB, MIB, malloc * MIB,
                    5 * MIB));
        }
        return samples;
    }

    @Test
    void comparesTheMeanOfTheFirstTenthWithTheLast() {
        SoakReport report = new SoakReport(run(60));

        assertThat(report.residentGrowthPercent()).isCloseTo(5.0, offset(1e-9));
        assertThat(report.lines().get(0)).isEqualTo("early (steps 0-1000): resident 200.0 MiB = Java heap 40.0"
                + " committed (10.0 live) + JVM other 20.0 + malloc in use 60.0 (1.0 of it direct buffers)"
                + " + the rest 80.0; glibc holds 5.0 free");
        assertThat(report.lines().get(1)).startsWith("late (steps 18000-19000): resident 210.0 MiB");
    }

    @Test
    void namesOnlyThePartsThatChanged() {
        SoakReport report = new SoakReport(run(80));

        assertThat(report.lines().subList(2, report.lines().size()))
                .containsExactly("  malloc in use +20.0 MiB", "  the rest -10.0 MiB");
    }

    @Test
    void needsTwoSamples() {
        assertThatThrownBy(() -> new SoakReport(run(60).subList(0, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSampleOfThisProcessAccountsForItsResidentMemory() {
        MemorySample sample = MemorySample.take(7).orElse(null);
        Assumptions.assumeTrue(sample != null, "resident memory is only known on Linux");

        assertThat(sample.step()).isEqualTo(7);
        assertThat(sample.heapCommitted()).isGreaterThanOrEqualTo(sample.heapLive()).isPositive();
        assertThat(sample.resident()).isGreaterThan(sample.heapLive() + sample.jvmOther());
        if (sample.knowsMalloc()) {
            assertThat(sample.mallocInUse()).isGreaterThan(sample.direct()).isPositive();
        }
    }
}
