package org.deepcanvas.nn.library;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Fetches files over HTTP(S), only when asked: a whole file ({@link #download}) or only
 * some tensors of a remote .safetensors file ({@link #downloadTensors}). Bytes go to a
 * {@code .part} file that a later call resumes with a Range request; the finished file is
 * checked and moved into place atomically, so the target is either absent or complete.
 * A server silent for longer than the stall timeout, or a cancel, ends the read at once.
 */
public final class Downloader {
    private final HttpSource http;

    public Downloader(Duration connectTimeout, Duration stallTimeout) {
        this.http = new HttpSource(connectTimeout, stallTimeout);
    }

    public static Downloader standard() {
        return new Downloader(Duration.ofSeconds(15), Duration.ofSeconds(60));
    }

    /** A last look at a finished download before it is moved into place; throwing deletes it. */
    @FunctionalInterface
    public interface Check {
        Check NONE = part -> { };

        void check(Path part) throws IOException;
    }

    /**
     * A whole file the downloader should produce.
     *
     * @param sha256 its hex SHA-256, or empty when unknown
     * @param size its size in bytes, or 0 when unknown
     */
    public record Request(URI url, Path target, String sha256, long size, Check check) {
        public Request(URI url, Path target, String sha256, long size) {
            this(url, target, sha256, size, Check.NONE);
        }
    }

    /**
     * Downloads (or resumes) {@code request} and returns its target path.
     *
     * @throws CancellationException when cancelled; the partial file stays for a later resume
     * @throws IOException offline, HTTP errors, or a file that fails its check (then deleted)
     */
    public Path download(Request request, Consumer<DownloadProgress> progress, Cancellation cancellation)
            throws IOException {
        Path part = partFile(request.target(), ".part");
        fetch(request, part, progress, cancellation);
        boolean safetensors = request.target().getFileName().toString().endsWith(".safetensors");
        return finish(part, request.target(), p -> {
            Integrity.check(p, safetensors, request.sha256(), request.size());
            request.check().check(p);
        });
    }

    /**
     * Downloads (or resumes) only the tensors {@code request} chooses from the remote
     * .safetensors file, into a .safetensors file of their own at its target.
     */
    public Path downloadTensors(TensorDownload.Request request, Consumer<DownloadProgress> progress,
                                Cancellation cancellation) throws IOException {
        Path part = partFile(request.target(), TensorDownload.PART_SUFFIX);
        new TensorDownload(http, request, part).fetch(progress, cancellation);
        return finish(part, request.target(), p -> {
            Integrity.checkSafetensors(p);
            request.check().check(p);
        });
    }

    private static Path partFile(Path target, String suffix) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + suffix);
        Files.createDirectories(part.toAbsolutePath().getParent());
        return part;
    }

    private static Path finish(Path part, Path target, Check check) throws IOException {
        try {
            check.check(part);
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw new IOException(e.getMessage() + "; the damaged download was deleted, try again", e);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * The size of the file at {@code url}, asked with a one-byte range request (a server that
     * ignores ranges says it in Content-Length; the body is closed unread), or -1 when the
     * server does not say.
     */
    public long remoteSize(URI url, Cancellation cancellation) throws IOException {
        if (cancellation.isCancelled()) {
            throw new CancellationException("cancelled before asking " + url.getHost() + " for the size");
        }
        HttpSource.Answer answer = http.get(url, 0, 0);
        answer.body().close();
        return answer.totalBytes();
    }

    private void fetch(Request request, Path part, Consumer<DownloadProgress> progress, Cancellation cancellation)
            throws IOException {
        if (cancellation.isCancelled()) {
            throw new CancellationException("download cancelled before it started");
        }
        long already = Files.exists(part) ? Files.size(part) : 0;
        HttpSource.Answer answer = http.get(request.url(), already, -1);
        if (answer.status() == 416 && already > 0) {
            // the part may already be whole; the checks decide
            answer.body().close();
            return;
        }
        boolean resuming = answer.partial() && already > 0;
        long start = resuming ? already : 0;
        long total = answer.totalBytes() >= 0 ? answer.totalBytes() : -1;
        if (request.size() > 0 && total >= 0 && total != request.size()) {
            answer.body().close();
            throw new IOException("the server's file is " + total + " bytes but " + request.size() + " were expected;"
                    + " it is not the file this model was verified with");
        }
        Transfer.Meter meter = new Transfer.Meter(start, total, progress);
        StandardOpenOption mode = resuming ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (Transfer transfer = new Transfer(answer.body(), http.stallTimeout(), cancellation);
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            transfer.copy(out, total >= 0 ? total - start : -1, meter);
        } catch (CancellationException e) {
            throw new CancellationException("download cancelled; " + Sizes.describe(meter.done()) + " kept to resume later");
        } catch (Transfer.Broken e) {
            throw new IOException("the connection broke after " + Sizes.describe(meter.done())
                    + (total > 0 ? " of " + Sizes.describe(total) : "") + "; run the download again to resume ("
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new IOException("could not write " + part + ": " + e.getMessage(), e);
        }
        meter.finish();
    }
}
