package org.deepcanvas.image;

/** A file that cannot be used as an image; the message is written for the user. */
public final class UnusableImageException extends Exception {
    private final ImageProblem problem;

    public UnusableImageException(ImageProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public UnusableImageException(ImageProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public ImageProblem problem() {
        return problem;
    }
}
