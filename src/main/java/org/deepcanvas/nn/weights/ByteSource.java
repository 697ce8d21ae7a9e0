package org.deepcanvas.nn.weights;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Bytes readable at any position: an open file, or a small resource already in memory. */
interface ByteSource {
    long size() throws IOException;

    /** Fills {@code into} from {@code position} on, or throws when the bytes end first. */
    void read(long position, ByteBuffer into) throws IOException;

    static ByteSource of(FileChannel channel) {
        return new ByteSource() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public void read(long position, ByteBuffer into) throws IOException {
                long at = position;
                while (into.hasRemaining()) {
                    int n = channel.read(into, at);
                    if (n < 0) {
                        throw new EOFException("the file ends at byte " + at);
                    }
                    at += n;
                }
            }
        };
    }

    static ByteSource of(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public void read(long position, ByteBuffer into) throws IOException {
                if (position < 0 || position + into.remaining() > bytes.length) {
                    throw new EOFException("the data ends at byte " + bytes.length);
                }
                into.put(bytes, (int) position, into.remaining());
            }
        };
    }
}
