package org.deepcanvas.nn.library;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local HTTP server on 127.0.0.1 for download tests: serves byte arrays honouring
 * Range requests ("bytes=a-b" and "bytes=a-") or ignoring them, can cut the first large
 * response short or trickle bytes slowly, and counts the body bytes it sent. Stops on close.
 */
public final class TestFileServer implements AutoCloseable {
    /** How a path misbehaves. */
    public enum Mode { NORMAL, CUT_FIRST_RESPONSE, SLOW, IGNORE_RANGES }

    public final List<String> rangeHeaders = new CopyOnWriteArrayList<>();
    final AtomicLong bytesSent = new AtomicLong();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private volatile boolean cutDone;

    public TestFileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    public TestFileServer serve(String path, byte[] data, Mode mode) {
        server.createContext(path, exchange -> {
            try (exchange) {
                respond(exchange, data, mode);
            } catch (IOException ignored) {
                // the client went away (cancel): nothing to do
            }
        });
        return this;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void respond(HttpExchange exchange, byte[] data, Mode mode) throws IOException {
        String asked = exchange.getRequestHeaders().getFirst("Range");
        rangeHeaders.add(asked == null ? "" : asked);
        String range = mode == Mode.IGNORE_RANGES ? null : asked;
        int from = 0;
        int to = data.length - 1;
        if (range != null) {
            String[] bounds = range.substring("bytes=".length()).split("-", -1);
            from = Integer.parseInt(bounds[0]);
            to = bounds[1].isEmpty() ? data.length - 1 : Math.min(data.length - 1, Integer.parseInt(bounds[1]));
        }
        if (from >= data.length) {
            exchange.sendResponseHeaders(416, -1);
            return;
        }
        if (range != null) {
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + to + "/" + data.length);
        }
        int length = to - from + 1;
        exchange.sendResponseHeaders(range == null ? 200 : 206, length);
        OutputStream out = exchange.getResponseBody();
        if (mode == Mode.CUT_FIRST_RESPONSE && length > 1024 && !cutDone) {
            cutDone = true;
            out.write(data, from, length / 2);
            bytesSent.addAndGet(length / 2);
            out.flush();
            throw new IOException("cut on purpose");
        }
        int chunk = mode == Mode.SLOW ? 1024 : length;
        for (int at = from; at <= to; at += chunk) {
            int n = Math.min(chunk, to + 1 - at);
            out.write(data, at, n);
            bytesSent.addAndGet(n);
            out.flush();
            if (mode == Mode.SLOW) {
                sleep(50);
            }
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stopped", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
