package org.deepcanvas.runtime;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks libtorch to back its large CPU tensors with transparent huge pages. A dream or style
 * step at 512 px allocates and frees tensors of 32-64 MiB (VGG's first blocks); glibc maps
 * each afresh, being above the largest size it keeps in its heap ({@link HostHeap}), and the
 * kernel faults it in 4 KiB at a time: 356,000 page faults per step, two thirds of the step's
 * CPU time on the build machine. For buffers of 2 MiB and more, libtorch's CPU allocator
 * advises the kernel to use 2 MiB pages when the environment variable {@value #VARIABLE} is
 * set; it reads the variable once, at its first allocation, so setting it in this process's
 * environment before the engine loads turns that on without the user's shell: 512 px steps
 * ran 2.8 times faster. It costs the fully connected VAE about 11% (bench/README.md), which
 * {@code THP_MEM_ALLOC_ENABLE=0} avoids. Kernels with huge pages off ignore the advice; off
 * Linux this does nothing; a value the user set is kept.
 */
public final class TorchHugePages {
    private static final Logger LOG = LoggerFactory.getLogger(TorchHugePages.class);
    static final String VARIABLE = "THP_MEM_ALLOC_ENABLE";

    private TorchHugePages() {}

    /** Call first thing in main, before other threads start (setenv is not safe against concurrent getenv). */
    public static void enableBeforeEngineLoads() {
        if (!Platform.isLinux() || System.getenv(VARIABLE) != null) {
            return;
        }
        try {
            NativeLibrary c = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME);
            if (c.getFunction("setenv").invokeInt(new Object[] {VARIABLE, "1", 0}) != 0) {
                LOG.debug("could not set {}; large tensors use small pages", VARIABLE);
            }
        } catch (UnsatisfiedLinkError e) {
            LOG.debug("no setenv in the C library; large tensors use small pages", e);
        }
    }
}
