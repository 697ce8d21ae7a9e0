package org.deepcanvas.runtime;

import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets MKL use its AVX-512 kernels on AMD processors that have AVX-512. MKL, linked into
 * libtorch's CPU library and behind every dense layer's matrix product, asks whether the
 * processor is Intel's before it looks at its features, and on an AMD one runs a generic AVX2
 * path: on the build machine (AMD EPYC with AVX-512) a batch of 100 through a 784-to-512
 * layer took 1,042 us, against 467 us on MKL's Intel path and 883 us in PyTorch 1.13 with
 * OpenBLAS, and the fully connected VAE trained about 1.5 times as fast (bench/README.md).
 *
 * <p>MKL asks one exported function, {@code mkl_serv_intel_cpu_true}. A 5 KB library of ours
 * (src/main/native) defines it to say yes; loaded into the process's global symbol scope before
 * libtorch loads, it is what libtorch's calls bind to, as with LD_PRELOAD, and MKL then picks
 * kernels by the processor's features. It is done only where it was measured: Linux on x86-64,
 * an AMD processor with AVX-512 F, BW, DQ and VL. {@value #OPT_OUT}{@code =keep} leaves MKL as
 * it is. A libtorch without MKL never calls the function.
 */
public final class MklOnAmd {
    private static final Logger LOG = LoggerFactory.getLogger(MklOnAmd.class);
    static final String OPT_OUT = "DEEPCANVAS_MKL_VENDOR_CHECK";
    static final String LIBRARY = "/org/deepcanvas/runtime/linux-x86-64/libdeepcanvas_mkl_intel_cpu.so";
    private static final List<String> NEEDED_FLAGS = List.of("avx512f", "avx512bw", "avx512dq", "avx512vl");
    private static final int RTLD_LAZY = 0x1;
    private static final int RTLD_GLOBAL = 0x100;

    private static volatile String summary = "MKL's own choice of kernels";
    /** Held for good: JNA closes a library whose object is collected, and libtorch's calls point into it. */
    private static NativeLibrary loaded;

    private MklOnAmd() {}

    /** Call in main before the engine loads; afterwards it changes nothing. */
    public static void useAvx512KernelsBeforeEngineLoads() {
        Optional<String> reason = reasonToLeaveAlone();
        if (reason.isPresent()) {
            LOG.debug("MKL keeps its own kernels: {}", reason.get());
            return;
        }
        try {
            loadGlobally();
            summary = "MKL's AVX-512 kernels on this AMD processor";
        } catch (IOException | UnsatisfiedLinkError e) {
            LOG.debug("MKL keeps its generic kernels on this AMD processor", e);
        }
    }

    /** What this process's MKL runs, for Help > About. */
    public static String summary() {
        return summary;
    }

    private static Optional<String> reasonToLeaveAlone() {
        if (!Platform.isLinux() || !Platform.isIntel() || !Platform.is64Bit()) {
            return Optional.of("not Linux on x86-64");
        }
        if ("keep".equals(System.getenv(OPT_OUT))) {
            return Optional.of(OPT_OUT + "=keep");
        }
        try {
            return reasonToLeaveAlone(Files.readString(Path.of("/proc/cpuinfo")));
        } catch (IOException e) {
            return Optional.of("cannot read /proc/cpuinfo");
        }
    }

    /** Empty when {@code cpuinfo} (as /proc/cpuinfo writes it) describes an AMD processor with AVX-512. */
    static Optional<String> reasonToLeaveAlone(String cpuinfo) {
        String vendor = firstValue(cpuinfo, "vendor_id");
        if (!vendor.equals("AuthenticAMD")) {
            return Optional.of("the processor is not AMD's (" + vendor + ")");
        }
        List<String> flags = List.of(firstValue(cpuinfo, "flags").split(" "));
        return NEEDED_FLAGS.stream().filter(flag -> !flags.contains(flag)).findFirst()
                .map(missing -> "the processor has no " + missing);
    }

    private static String firstValue(String cpuinfo, String key) {
        return cpuinfo.lines()
                .map(line -> line.split(":", 2))
                .filter(field -> field.length == 2 && field[0].strip().equals(key))
                .map(field -> field[1].strip())
                .findFirst().orElse("");
    }

    /** dlopen needs a file; it stays mapped after the file is deleted. */
    private static synchronized void loadGlobally() throws IOException {
        Path copy = Files.createTempFile("deepcanvas-mkl", ".so");
        try (InputStream in = MklOnAmd.class.getResourceAsStream(LIBRARY)) {
            if (in == null) {
                throw new IOException("the build has no " + LIBRARY);
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            loaded = NativeLibrary.getInstance(copy.toString(), Map.of(Library.OPTION_OPEN_FLAGS, RTLD_LAZY | RTLD_GLOBAL));
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
