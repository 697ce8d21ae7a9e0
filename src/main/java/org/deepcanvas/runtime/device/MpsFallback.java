package org.deepcanvas.runtime.device;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets PyTorch run the operators its MPS backend lacks on the CPU instead of failing:
 * libtorch reads {@code PYTORCH_ENABLE_MPS_FALLBACK} from the process environment when
 * it loads, and Java cannot change its own environment, so this calls the C library's
 * {@code setenv} (through JNA, which DJL already uses) before the engine's first use.
 * If that is impossible, a job using such an operator fails with PyTorch's message, which
 * names the operator, and the rest of the studio carries on.
 */
public final class MpsFallback {
    public static final String VARIABLE = "PYTORCH_ENABLE_MPS_FALLBACK";
    private static final Logger LOG = LoggerFactory.getLogger(MpsFallback.class);

    private MpsFallback() {}

    /** The C library's environment call. */
    interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Sets the variable unless the user set it already; true if it is set now. */
    public static boolean enable() {
        if (System.getenv(VARIABLE) != null) {
            return true;
        }
        try {
            return Native.load("c", CLibrary.class).setenv(VARIABLE, "1", 0) == 0;
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("cannot set {}: operators MPS lacks will fail instead of running on the CPU", VARIABLE, e);
            return false;
        }
    }
}
