package org.deepcanvas.nn.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GET requests for a whole file or a byte range of it, with the failures a person can act on. */
final class HttpSource {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final HttpClient client;
    private final Duration stallTimeout;

    HttpSource(Duration connectTimeout, Duration stallTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.stallTimeout = stallTimeout;
    }

    Duration stallTimeout() {
        return stallTimeout;
    }

    /**
     * An answer: status 200 (the whole file, whatever was asked), 206 (the range asked
     * for), or 416 (nothing left at {@code from}).
     *
     * @param firstByte where {@code body} starts in the file
     * @param totalBytes the file's size, -1 when the server does not say
     */
    record Answer(int status, InputStream body, long firstByte, long totalBytes) {
        boolean partial() {
            return status == 206;
        }
    }

    /** Bytes {@code from} to {@code to} (inclusive; -1 for the end of the file). */
    Answer get(URI url, long from, long to) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(stallTimeout).GET();
        if (from > 0 || to >= 0) {
            builder.header("Range", "bytes=" + from + "-" + (to >= 0 ? Long.toString(to) : ""));
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | UnknownHostException | HttpConnectTimeoutException e) {
            throw new IOException("cannot reach " + url.getHost() + " (offline?); the embedded networks still work", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("download interrupted");
        }
        int status = response.statusCode();
        if (status == 200 || status == 416) {
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new Answer(status, response.body(), 0, status == 200 ? length : total(response).orElse(-1L));
        }
        if (status == 206) {
            Matcher range = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
            if (!range.matches() || Long.parseLong(range.group(1)) != from) {
                response.body().close();
                throw new IOException(url + " answered a range request with the wrong bytes ("
                        + response.headers().firstValue("Content-Range").orElse("no Content-Range") + ")");
            }
            return new Answer(status, response.body(), from, total(response).orElse(-1L));
        }
        response.body().close();
        if (status == 404) {
            throw new IOException("not found (HTTP 404): " + url);
        }
        throw new IOException("the server answered HTTP " + status + " for " + url);
    }

    private static Optional<Long> total(HttpResponse<?> response) {
        Optional<String> range = response.headers().firstValue("Content-Range");
        if (range.isEmpty() || !range.get().contains("/") || range.get().endsWith("/*")) {
            return Optional.empty();
        }
        String total = range.get().substring(range.get().lastIndexOf('/') + 1).trim();
        return total.matches("\\d{1,18}") ? Optional.of(Long.parseLong(total)) : Optional.empty();
    }
}
