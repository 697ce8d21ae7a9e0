package org.deepcanvas.nn.library;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets another thread (a Cancel button) stop a download at once: cancelling also closes
 * the stream being read, so a read blocked on a slow server returns immediately.
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Closeable> active = new AtomicReference<>();

    public void cancel() {
        cancelled.set(true);
        closeQuietly(active.get());
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    void watch(Closeable stream) {
        active.set(stream);
        if (cancelled.get()) {
            closeQuietly(stream);
        }
    }

    void release() {
        active.set(null);
    }

    static void closeQuietly(Closeable stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException ignored) {
            // closing is only a way to wake a blocked read; its own failure changes nothing
        }
    }
}
