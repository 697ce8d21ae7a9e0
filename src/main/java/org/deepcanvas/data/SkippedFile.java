package org.deepcanvas.data;

import org.deepcanvas.image.ImageProblem;

/** A file that was not imported, and why, e.g. "truncated JPEG (the file ends early)". */
public record SkippedFile(String source, ImageProblem problem, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
