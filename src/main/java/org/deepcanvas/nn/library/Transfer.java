package org.deepcanvas.nn.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads one HTTP body: a watchdog closes it when the server falls silent for longer than
 * the stall timeout, a cancel closes it at once, and progress is reported at most ten
 * times a second. A read cut short by a cancel throws CancellationException; by the
 * network or the server, {@link Broken}.
 */
final class Transfer implements AutoCloseable {
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;

    private final InputStream body;
    private final Cancellation cancellation;
    private final ScheduledExecutorService watchdog;
    private final AtomicLong lastRead = new AtomicLong(System.nanoTime());
    private final byte[] buffer = new byte[1 << 16];

    Transfer(InputStream body, Duration stallTimeout, Cancellation cancellation) {
        this.body = body;
        this.cancellation = cancellation;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "download-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        cancellation.watch(body);
        watchdog.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastRead.get() > stallTimeout.toNanos()) {
                Cancellation.closeQuietly(body);
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
    }

    /** Copies {@code count} bytes (or, when -1, everything to the end) to {@code out}, counting them on {@code meter}. */
    void copy(OutputStream out, long count, Meter meter) throws IOException {
        long left = count < 0 ? Long.MAX_VALUE : count;
        while (left > 0) {
            int n = read((int) Math.min(buffer.length, left));
            if (n < 0) {
                if (count < 0) {
                    return;
                }
                throw new Broken("the server sent " + (count - left) + " of " + count + " bytes", null);
            }
            out.write(buffer, 0, n);
            left -= n;
            meter.add(n);
        }
    }

    /** Exactly {@code count} bytes. */
    byte[] readExactly(int count) throws IOException {
        byte[] bytes = new byte[count];
        for (int at = 0; at < count; ) {
            int n = read(Math.min(buffer.length, count - at));
            if (n < 0) {
                throw new Broken("the server sent " + at + " of " + count + " bytes", null);
            }
            System.arraycopy(buffer, 0, bytes, at, n);
            at += n;
        }
        return bytes;
    }

    /** Reads and drops {@code count} bytes (a server that ignores ranges sends what comes before). */
    void skip(long count) throws IOException {
        for (long left = count; left > 0; ) {
            int n = read((int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new Broken("the file ended " + left + " bytes early", null);
            }
            left -= n;
        }
    }

    private int read(int count) throws IOException {
        try {
            int n = body.read(buffer, 0, count);
            lastRead.set(System.nanoTime());
            if (n < 0 && cancellation.isCancelled()) {
                throw new CancellationException("download cancelled");
            }
            return n;
        } catch (IOException e) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("download cancelled");
            }
            throw new Broken(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** The connection failed or ended early: worth running the download again, which resumes. */
    static final class Broken extends IOException {
        Broken(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        cancellation.release();
        Cancellation.closeQuietly(body);
    }

    /** Bytes done out of a total, reported as {@link DownloadProgress} while they arrive. */
    static final class Meter {
        private final long start;
        private final long total;
        private final Consumer<DownloadProgress> progress;
        private final long began = System.nanoTime();
        private long done;
        private long lastReport;

        Meter(long alreadyDone, long total, Consumer<DownloadProgress> progress) {
            this.start = alreadyDone;
            this.done = alreadyDone;
            this.total = total;
            this.progress = progress;
        }

        void add(long bytes) {
            done += bytes;
            long now = System.nanoTime();
            if (now - lastReport > PROGRESS_EVERY_NANOS) {
                report(now);
            }
        }

        void finish() {
            report(System.nanoTime());
        }

        long done() {
            return done;
        }

        long total() {
            return total;
        }

        private void report(long now) {
            lastReport = now;
            double seconds = (now - began) / 1e9;
            progress.accept(new DownloadProgress(done, total, seconds <= 0 ? 0 : (done - start) / seconds));
        }
    }
}
