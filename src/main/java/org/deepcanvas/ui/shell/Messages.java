package org.deepcanvas.ui.shell;

/** Turns failures into the one line a user reads. */
public final class Messages {
    private Messages() {}

    /** The message of the innermost cause: what actually went wrong, without wrapper noise. */
    public static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
