package org.deepcanvas.runtime;

/**
 * Thrown by a job's step or render when what it optimises stopped being finite in a way its
 * metrics do not show (an image turned NaN by its update, say). The runtime pauses the job
 * as DIVERGED with this message, keeping the last good frame, instead of failing it.
 */
public final class DivergedException extends RuntimeException {
    public DivergedException(String message) {
        super(message);
    }
}
