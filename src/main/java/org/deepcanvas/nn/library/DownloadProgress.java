package org.deepcanvas.nn.library;

/**
 * Where a download stands: bytes on disk (a resumed part included), the total when the
 * server says, and the speed of this session.
 *
 * @param totalBytes -1 when unknown
 */
public record DownloadProgress(long bytesDone, long totalBytes, double bytesPerSecond) {
    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        return totalBytes > 0 ? Math.min(1.0, (double) bytesDone / totalBytes) : -1;
    }

    /** E.g. "212.4 MB of 574.7 MB, 11.2 MB/s". */
    public String describe() {
        String done = Sizes.describe(bytesDone);
        String of = totalBytes > 0 ? " of " + Sizes.describe(totalBytes) : "";
        return done + of + ", " + Sizes.describe(Math.round(bytesPerSecond)) + "/s";
    }
}
