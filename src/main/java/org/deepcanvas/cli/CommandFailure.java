package org.deepcanvas.cli;

/**
 * A command cannot do what it was asked, for a reason its message gives in one line written
 * for the user (the file and what is wrong with it); it exits with status 1.
 */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
