package org.deepcanvas.image;

/** Why a file could not be used as an image, in terms a user understands. */
public enum ImageProblem {
    EMPTY_FILE("empty file"),
    NOT_AN_IMAGE("not an image"),
    UNSUPPORTED_FORMAT("unsupported image format"),
    TRUNCATED("truncated image"),
    CORRUPT("corrupt image"),
    TOO_LARGE("image too large"),
    TOO_SMALL("image too small"),
    UNREADABLE("file cannot be read"),
    LINK_LOOP("symbolic link loop");

    private final String summary;

    ImageProblem(String summary) {
        this.summary = summary;
    }

    /** A short label for grouping, e.g. "truncated image"; the exception message has the detail. */
    public String summary() {
        return summary;
    }
}
