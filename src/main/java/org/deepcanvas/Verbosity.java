package org.deepcanvas;

/**
 * How much the app says besides its results. Quiet by default (simplelogger.properties:
 * warnings and errors only, no engine chatter); verbose brings back the libraries' info
 * lines and, for a failed command, its stack trace. Logging reads its levels when the
 * first logger is made, so set this before any work starts.
 */
public final class Verbosity {
    private static final String DEFAULT_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /** Without a GPU it warns, twice, that it could not count GPUs; the device line says what was found. */
    private static final String CUDA_PROBE_LEVEL = "org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils";

    private static volatile boolean verbose;

    private Verbosity() {}

    public static void set(boolean on) {
        verbose = on;
        if (on) {
            System.setProperty(DEFAULT_LEVEL, "info");
            System.setProperty(CUDA_PROBE_LEVEL, "info");
        } else {
            System.clearProperty(DEFAULT_LEVEL);
            System.clearProperty(CUDA_PROBE_LEVEL);
        }
    }

    public static boolean isVerbose() {
        return verbose;
    }
}
