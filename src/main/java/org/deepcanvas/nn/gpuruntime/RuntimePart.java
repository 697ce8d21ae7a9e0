package org.deepcanvas.nn.gpuruntime;

import java.net.URI;

/**
 * One library of the GPU runtime as published: a gzip file at {@code url} that unpacks to
 * {@code fileName}.
 *
 * @param size the gzip file's length in bytes, -1 until the server has said
 */
public record RuntimePart(URI url, String fileName, long size) {
    RuntimePart withSize(long bytes) {
        return new RuntimePart(url, fileName, bytes);
    }
}
