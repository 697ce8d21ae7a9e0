package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MklOnAmdTest {
    private static final String ZEN4_FLAGS = "fpu sse2 avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl";

    @Test
    void changesMklOnlyOnAnAmdProcessorWithAvx512() {
        assertThat(MklOnAmd.reasonToLeaveAlone(cpuinfo("AuthenticAMD", ZEN4_FLAGS))).isEmpty();
        assertThat(MklOnAmd.reasonToLeaveAlone(cpuinfo("GenuineIntel", ZEN4_FLAGS)))
                .contains("the processor is not AMD's (GenuineIntel)");
        assertThat(MklOnAmd.reasonToLeaveAlone(cpuinfo("AuthenticAMD", "fpu sse2 avx avx2 fma")))
                .contains("the processor has no avx512f");
        assertThat(MklOnAmd.reasonToLeaveAlone(cpuinfo("AuthenticAMD", "avx2 avx512f avx512dq avx512cd")))
                .contains("the processor has no avx512bw");
        assertThat(MklOnAmd.reasonToLeaveAlone("")).contains("the processor is not AMD's ()");
    }

    @Test
    void theBundledLibraryAnswersThatTheProcessorIsIntels(@TempDir Path dir) throws Exception {
        assumeTrue(Platform.isLinux() && Platform.isIntel() && Platform.is64Bit(), "built for x86-64 Linux");
        Path copy = dir.resolve("shim.so");
        try (InputStream in = MklOnAmd.class.getResourceAsStream(MklOnAmd.LIBRARY)) {
            Files.copy(in, copy);
        }
        // loaded locally, so this test JVM's MKL keeps binding to its own function
        NativeLibrary shim = NativeLibrary.getInstance(copy.toString(), Map.of(Library.OPTION_OPEN_FLAGS, 1));

        assertThat(shim.getFunction("mkl_serv_intel_cpu_true").invokeInt(new Object[0])).isEqualTo(1);
    }

    /** Two processors, as /proc/cpuinfo lists them. */
    private static String cpuinfo(String vendor, String flags) {
        String one = "processor\t: %d\nvendor_id\t: " + vendor + "\ncpu family\t: 25\nflags\t\t: " + flags + "\n\n";
        return String.format(one, 0) + String.format(one, 1);
    }
}
