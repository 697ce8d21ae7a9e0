package org.deepcanvas;

import ai.djl.engine.Engine;
import org.deepcanvas.runtime.LibtorchLogging;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests use the engine directly too, not only through the runtime that quietens libtorch's
 * own warnings; this does it once per test JVM, before the first test class.
 */
public final class QuietLibtorch implements BeforeAllCallback {
    private static volatile boolean done;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!done) {
            done = true;
            Engine.getInstance();
            LibtorchLogging.errorsOnly();
        }
    }
}
