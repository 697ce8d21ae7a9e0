package org.deepcanvas.runtime;

import com.sun.jna.NativeLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libtorch prints its own warnings straight to the process's stderr, past Java's logging:
 * "AutoNonVariableTypeMode is deprecated" for an op DJL uses to copy arrays, "Could not
 * initialize NNPACK" for every convolution on CPUs without it. Neither is the user's concern.
 * They go through c10's logger, whose threshold is the exported global
 * {@code FLAGS_caffe2_log_level} (0 info, 1 warning, 2 error); raising it to errors keeps real
 * failures, which DJL reports as exceptions anyway. Without libtorch loaded, or on a build
 * that does not export the flag, this does nothing.
 */
public final class LibtorchLogging {
    private static final Logger LOG = LoggerFactory.getLogger(LibtorchLogging.class);
    private static final int ERRORS_ONLY = 2;

    private LibtorchLogging() {}

    /** Call after the engine has loaded libtorch. */
    public static void errorsOnly() {
        try {
            NativeLibrary c10 = NativeLibrary.getInstance("c10");
            c10.getGlobalVariableAddress("FLAGS_caffe2_log_level").setInt(0, ERRORS_ONLY);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("libtorch's own warnings stay on: {}", e.toString());
        }
    }
}
