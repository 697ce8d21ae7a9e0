package org.deepcanvas.nn.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Fetches one file over HTTP(S), only when asked. Bytes go to {@code target.part}, which a
 * later call resumes with a Range request; the finished file is checked ({@link Integrity})
 * and moved into place atomically, so {@code target} is either absent or complete.
 * A server silent for longer than the stall timeout, or a cancel, ends the read at once.
 */
public final class Downloader {
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;

    private final HttpClient client;
    private final Duration stallTimeout;

    public Downloader(Duration connectTimeout, Duration stallTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.stallTimeout = stallTimeout;
    }

    public static Downloader standard() {
        return new Downloader(Duration.ofSeconds(15), Duration.ofSeconds(60));
    }

    /** A file the downloader should produce: its final path and what it must look like. */
    public record Request(URI url, Path target, String sha256, long size) {}

    /**
     * Downloads (or resumes) {@code request} and returns its target path.
     *
     * @throws CancellationException when cancelled; the partial file stays for a later resume
     * @throws IOException offline, HTTP errors, or a file that fails its check (then deleted)
     */
    public Path download(Request request, Consumer<DownloadProgress> progress, Cancellation cancellation)
            throws IOException {
        Path part = request.target().resolveSibling(request.target().getFileName() + ".part");
        Files.createDirectories(part.toAbsolutePath().getParent());
        fetch(request, part, progress, cancellation);
        try {
            boolean safetensors = request.target().getFileName().toString().endsWith(".safetensors");
            Integrity.check(part, safetensors, request.sha256(), request.size());
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw new IOException(e.getMessage() + "; the damaged download was deleted, try again", e);
        }
        Files.move(part, request.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return request.target();
    }

    /**
     * The size of the file at {@code url} from the response headers, without reading its body
     * (the response is closed at once), or -1 when the server does not say.
     */
    public long remoteSize(URI url, Cancellation cancellation) throws IOException {
        HttpResponse<InputStream> response = send(url, 0, cancellation);
        response.body().close();
        if (response.statusCode() != 200) {
            throw new IOException("the server answered HTTP " + response.statusCode() + " for " + url);
        }
        return totalBytes(response, 0);
    }

    private void fetch(Request request, Path part, Consumer<DownloadProgress> progress, Cancellation cancellation)
            throws IOException {
        if (cancellation.isCancelled()) {
            throw new CancellationException("download cancelled before it started");
        }
        long already = Files.exists(part) ? Files.size(part) : 0;
        HttpResponse<InputStream> response = send(request.url(), already, cancellation);
        int status = response.statusCode();
        if (status == 416 && already > 0) {
            // the part may already be whole; the integrity check decides
            response.body().close();
            return;
        }
        if (status == 404) {
            response.body().close();
            throw new IOException("not found (HTTP 404): " + request.url());
        }
        if (status != 200 && status != 206) {
            response.body().close();
            throw new IOException("the server answered HTTP " + status + " for " + request.url());
        }
        boolean resuming = status == 206 && already > 0;
        long start = resuming ? already : 0;
        long total = totalBytes(response, start);
        copy(response.body(), part, resuming, start, total, progress, cancellation);
    }

    private HttpResponse<InputStream> send(URI url, long already, Cancellation cancellation) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(stallTimeout).GET();
        if (already > 0) {
            builder.header("Range", "bytes=" + already + "-");
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | UnknownHostException | HttpConnectTimeoutException e) {
            throw new IOException("cannot reach " + url.getHost() + " (offline?); the embedded networks still work", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("download interrupted");
        }
    }

    private static long totalBytes(HttpResponse<?> response, long start) {
        Optional<String> range = response.headers().firstValue("Content-Range");
        if (range.isPresent() && range.get().contains("/") && !range.get().endsWith("/*")) {
            return Long.parseLong(range.get().substring(range.get().lastIndexOf('/') + 1).trim());
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        return length < 0 ? -1 : start + length;
    }

    private void copy(InputStream body, Path part, boolean append, long start, long total,
                      Consumer<DownloadProgress> progress, Cancellation cancellation) throws IOException {
        AtomicLong lastRead = new AtomicLong(System.nanoTime());
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
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
        long began = System.nanoTime();
        long done = start;
        long lastReport = 0;
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (body; OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                out.write(buffer, 0, n);
                done += n;
                long now = System.nanoTime();
                lastRead.set(now);
                if (now - lastReport > PROGRESS_EVERY_NANOS) {
                    progress.accept(new DownloadProgress(done, total, speed(done - start, now - began)));
                    lastReport = now;
                }
            }
        } catch (IOException e) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("download cancelled; " + Sizes.describe(done) + " kept to resume later");
            }
            throw new IOException("the connection broke after " + Sizes.describe(done)
                    + "; run the download again to resume (" + e.getMessage() + ")", e);
        } finally {
            watchdog.shutdownNow();
            cancellation.release();
        }
        if (cancellation.isCancelled()) {
            throw new CancellationException("download cancelled; " + Sizes.describe(done) + " kept to resume later");
        }
        if (total > 0 && done < total) {
            throw new IOException("the connection broke after " + Sizes.describe(done) + " of " + Sizes.describe(total)
                    + "; run the download again to resume");
        }
        progress.accept(new DownloadProgress(done, total, speed(done - start, System.nanoTime() - began)));
    }

    private static double speed(long bytes, long nanos) {
        return nanos <= 0 ? 0 : bytes * 1e9 / nanos;
    }
}
