package org.deepcanvas.nn.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.deepcanvas.nn.weights.SafetensorsHeader;
import org.deepcanvas.nn.weights.TensorEntry;

/**
 * Fetches some tensors of a remote .safetensors file and writes them as a .safetensors
 * file of their own. The remote header comes first (two small Range requests), the caller
 * chooses the tensors from it, then only their byte ranges are requested, adjacent ones
 * merged. A server that ignores Range requests sends the whole file instead: it is read
 * from the start, the unwanted bytes dropped and the rest of the body abandoned after the
 * last wanted tensor. The part file is the finished file's prefix (its header first, then
 * the tensors in order), so a later call resumes where the bytes end, after checking that
 * the part's header is still the one the remote file gives.
 */
final class TensorDownload {
    static final String PART_SUFFIX = ".tensors.part";

    /** Picks the tensors to keep from the remote header, or refuses the file. */
    @FunctionalInterface
    public interface Chooser {
        /**
         * @param headerBytes the remote file's first bytes: its length field and JSON header
         * @return the tensors to keep, in the remote file's data order
         */
        List<TensorEntry> choose(SafetensorsHeader header, byte[] headerBytes) throws IOException;
    }

    /** The remote file, where the tensors go, which ones, and a last check before they are moved into place. */
    public record Request(URI url, Path target, Chooser chooser, Downloader.Check check) {}

    /** A byte range of the remote data section, {@code from} inclusive, {@code to} exclusive. */
    private record Run(long from, long to) {}

    private final HttpSource http;
    private final Request request;
    private final Path part;
    private final String name;
    private Transfer stream;
    private long streamPosition;
    /** The remote file's size once a server answer has said it; -1 before. */
    private long remoteSize = -1;

    TensorDownload(HttpSource http, Request request, Path part) {
        this.http = http;
        this.request = request;
        this.part = part;
        String path = request.url().getPath();
        this.name = "the remote " + path.substring(path.lastIndexOf('/') + 1);
    }

    void fetch(Consumer<DownloadProgress> progress, Cancellation cancellation) throws IOException {
        if (cancellation.isCancelled()) {
            throw new CancellationException("download cancelled before it started");
        }
        Transfer.Meter meter = null;
        try {
            byte[] prefix = readAt(0, 8, cancellation);
            long length = SafetensorsHeader.headerLength(prefix, remoteSize, name);
            byte[] json = readAt(8, (int) length, cancellation);
            SafetensorsHeader header = SafetensorsHeader.parse(json, remoteSize, name);
            byte[] headerBytes = Arrays.copyOf(prefix, 8 + json.length);
            System.arraycopy(json, 0, headerBytes, 8, json.length);
            List<TensorEntry> chosen = request.chooser().choose(header, headerBytes);
            byte[] ownHeader = SafetensorsHeader.encode(SafetensorsHeader.packed(chosen), header.metadata());
            long dataBytes = chosen.stream().mapToLong(TensorEntry::byteCount).sum();
            long done = resumablePart(ownHeader, dataBytes);
            meter = new Transfer.Meter(ownHeader.length + done, ownHeader.length + dataBytes, progress);
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                if (done == 0) {
                    out.write(ownHeader);
                }
                for (Run run : runs(chosen, done)) {
                    copy(header.dataStart() + run.from(), header.dataStart() + run.to(), out, meter, cancellation);
                }
            }
            meter.finish();
        } catch (CancellationException e) {
            String kept = meter == null ? "nothing" : Sizes.describe(meter.done());
            throw new CancellationException("download cancelled; " + kept + " kept to resume later");
        } catch (Transfer.Broken e) {
            String after = meter == null ? ""
                    : " after " + Sizes.describe(meter.done()) + " of " + Sizes.describe(meter.total());
            throw new IOException("the connection broke" + after + "; run the download again to resume (" + e.getMessage()
                    + ")", e);
        } finally {
            closeStream();
        }
    }

    /** Bytes {@code from} to {@code to} of the remote file onto {@code out}, from a range answer or the whole file. */
    private void copy(long from, long to, OutputStream out, Transfer.Meter meter, Cancellation cancellation)
            throws IOException {
        if (stream == null) {
            HttpSource.Answer answer = http.get(request.url(), from, to - 1);
            Transfer transfer = open(answer, from, cancellation);
            if (answer.partial()) {
                try (transfer) {
                    transfer.copy(out, to - from, meter);
                }
                return;
            }
        }
        stream.skip(from - streamPosition);
        stream.copy(out, to - from, meter);
        streamPosition = to;
    }

    /** {@code count} bytes at {@code from}, for the header. */
    private byte[] readAt(long from, int count, Cancellation cancellation) throws IOException {
        if (stream == null) {
            HttpSource.Answer answer = http.get(request.url(), from, from + count - 1);
            Transfer transfer = open(answer, from, cancellation);
            if (answer.partial()) {
                try (transfer) {
                    return transfer.readExactly(count);
                }
            }
        }
        stream.skip(from - streamPosition);
        streamPosition = from + count;
        return stream.readExactly(count);
    }

    /** A transfer of a range answer, or of the whole file (kept for all later reads) when the server ignored the range. */
    private Transfer open(HttpSource.Answer answer, long from, Cancellation cancellation) throws IOException {
        if (answer.status() != 200 && answer.status() != 206) {
            answer.body().close();
            throw new IOException(name + " has no bytes at " + from + " (HTTP " + answer.status() + ")");
        }
        if (remoteSize < 0) {
            remoteSize = answer.totalBytes();
        }
        Transfer transfer = new Transfer(answer.body(), http.stallTimeout(), cancellation);
        if (answer.partial()) {
            return transfer;
        }
        closeStream();
        stream = transfer;
        streamPosition = 0;
        return transfer;
    }

    private void closeStream() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /** Data bytes already in a part with the same header; 0 (and no part) otherwise. */
    private long resumablePart(byte[] ownHeader, long dataBytes) throws IOException {
        if (Files.exists(part)) {
            long size = Files.size(part);
            byte[] start;
            try (InputStream in = Files.newInputStream(part)) {
                start = in.readNBytes(ownHeader.length);
            }
            if (Arrays.equals(start, ownHeader) && size - ownHeader.length <= dataBytes) {
                return size - ownHeader.length;
            }
            Files.delete(part);
        }
        return 0;
    }

    /** The remote byte ranges still missing after {@code done} data bytes, adjacent ranges merged. */
    private static List<Run> runs(List<TensorEntry> chosen, long done) {
        List<Run> runs = new ArrayList<>();
        long written = 0;
        for (TensorEntry tensor : chosen) {
            long skip = Math.max(0, Math.min(tensor.byteCount(), done - written));
            written += tensor.byteCount();
            if (skip == tensor.byteCount()) {
                continue;
            }
            long from = tensor.begin() + skip;
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.to() == from) {
                runs.set(runs.size() - 1, new Run(last.from(), tensor.end()));
            } else {
                runs.add(new Run(from, tensor.end()));
            }
        }
        return runs;
    }
}
