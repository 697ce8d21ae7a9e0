package org.deepcanvas.nn.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.deepcanvas.nn.library.TestFileServer.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class DownloaderTest {
    private static final byte[] DATA = randomBytes(300_000);

    @TempDir
    Path dir;
    private final Downloader downloader = new Downloader(Duration.ofSeconds(2), Duration.ofSeconds(3));
    private final List<DownloadProgress> progress = new CopyOnWriteArrayList<>();

    @Test
    void downloadsVerifiesAndMovesIntoPlace() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/model.bin", DATA, Mode.NORMAL)) {
            Path target = dir.resolve("model.bin");
            downloader.download(request(server, "/model.bin", target, Integrity.sha256(write("expected", DATA))),
                    progress::add, new Cancellation());
            assertThat(Files.readAllBytes(target)).isEqualTo(DATA);
            assertThat(dir.resolve("model.bin.part")).doesNotExist();
            DownloadProgress last = progress.get(progress.size() - 1);
            assertThat(last.bytesDone()).isEqualTo(DATA.length);
            assertThat(last.totalBytes()).isEqualTo(DATA.length);
            assertThat(last.fraction()).isEqualTo(1.0);
        }
    }

    @Test
    void resumesAfterACutConnection() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/cut.bin", DATA, Mode.CUT_FIRST_RESPONSE)) {
            Path target = dir.resolve("cut.bin");
            Downloader.Request request = request(server, "/cut.bin", target, "");
            assertThatThrownBy(() -> downloader.download(request, progress::add, new Cancellation()))
                    .isInstanceOf(IOException.class).hasMessageContaining("resume");
            long kept = Files.size(dir.resolve("cut.bin.part"));
            assertThat(kept).isGreaterThan(0).isLessThan(DATA.length);
            assertThat(target).doesNotExist();

            downloader.download(request, progress::add, new Cancellation());
            assertThat(Files.readAllBytes(target)).isEqualTo(DATA);
            assertThat(server.rangeHeaders).containsExactly("", "bytes=" + kept + "-");
        }
    }

    @Test
    void aServerThatIgnoresRangesRestartsTheFileFromScratch() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/model.bin", DATA, Mode.IGNORE_RANGES)) {
            Path target = dir.resolve("model.bin");
            Files.write(dir.resolve("model.bin.part"), new byte[1000]);
            downloader.download(request(server, "/model.bin", target, Integrity.sha256(write("expected", DATA))),
                    progress::add, new Cancellation());
            assertThat(server.rangeHeaders).containsExactly("bytes=1000-");
            assertThat(Files.readAllBytes(target)).isEqualTo(DATA);
        }
    }

    @Test
    void aWrongChecksumDeletesTheDownload() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/model.bin", DATA, Mode.NORMAL)) {
            Path target = dir.resolve("model.bin");
            String wrong = "0".repeat(64);
            assertThatThrownBy(() -> downloader.download(request(server, "/model.bin", target, wrong), p -> { },
                    new Cancellation()))
                    .isInstanceOf(IOException.class).hasMessageContaining("checksum mismatch");
            assertThat(target).doesNotExist();
            assertThat(dir.resolve("model.bin.part")).doesNotExist();
        }
    }

    @Test
    void aServerFileOfTheWrongSizeIsRefusedBeforeItsBytesAreFetched() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/model.bin", DATA, Mode.NORMAL)) {
            Downloader.Request request = new Downloader.Request(server.url("/model.bin"), dir.resolve("model.bin"), "",
                    DATA.length + 1L);
            assertThatThrownBy(() -> downloader.download(request, p -> { }, new Cancellation()))
                    .hasMessageContaining("the server's file is 300000 bytes but 300001 were expected");
            assertThat(dir.resolve("model.bin")).doesNotExist();
        }
    }

    @Test
    void aMissingFileSaysNotFound() throws Exception {
        try (TestFileServer server = new TestFileServer()) {
            assertThatThrownBy(() -> downloader.download(request(server, "/nothing", dir.resolve("x"), ""), p -> { },
                    new Cancellation()))
                    .isInstanceOf(IOException.class).hasMessageContaining("404");
        }
    }

    @Test
    void cancelStopsASlowDownloadAndKeepsThePart() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/slow.bin", DATA, Mode.SLOW)) {
            Cancellation cancellation = new Cancellation();
            Path target = dir.resolve("slow.bin");
            long began = System.nanoTime();
            assertThatThrownBy(() -> downloader.download(request(server, "/slow.bin", target, ""), p -> {
                if (p.bytesDone() > 2048) {
                    cancellation.cancel();
                }
            }, cancellation)).isInstanceOf(CancellationException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
            assertThat(target).doesNotExist();
            assertThat(Files.size(dir.resolve("slow.bin.part"))).isBetween(2048L, (long) DATA.length - 1);
        }
    }

    @Test
    void anUnreachableServerIsReportedAsOffline() throws Exception {
        int closedPort;
        try (TestFileServer server = new TestFileServer()) {
            closedPort = server.url("/").getPort();
        }
        Downloader.Request request = new Downloader.Request(
                java.net.URI.create("http://127.0.0.1:" + closedPort + "/model.bin"), dir.resolve("m"), "", 0);
        assertThatThrownBy(() -> downloader.download(request, p -> { }, new Cancellation()))
                .isInstanceOf(IOException.class).hasMessageContaining("offline");
    }

    @Test
    void safetensorsWithoutChecksumAreCheckedByTheirHeader() throws Exception {
        byte[] good = safetensors(8);
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 3);
        try (TestFileServer server = new TestFileServer().serve("/good.safetensors", good, Mode.NORMAL)
                .serve("/short.safetensors", truncated, Mode.NORMAL)) {
            Path target = dir.resolve("good.safetensors");
            downloader.download(request(server, "/good.safetensors", target, ""), p -> { }, new Cancellation());
            assertThat(target).exists();
            assertThatThrownBy(() -> downloader.download(
                    request(server, "/short.safetensors", dir.resolve("short.safetensors"), ""), p -> { }, new Cancellation()))
                    .hasMessageContaining("truncated");
        }
    }

    private static Downloader.Request request(TestFileServer server, String path, Path target, String sha256) {
        return new Downloader.Request(server.url(path), target, sha256, 0);
    }

    private Path write(String name, byte[] data) throws IOException {
        return Files.write(dir.resolve(name), data);
    }

    /** A valid safetensors file with one F32 tensor of {@code floats} values. */
    private static byte[] safetensors(int floats) {
        byte[] header = ("{\"w\":{\"dtype\":\"F32\",\"shape\":[" + floats + "],\"data_offsets\":[0," + floats * 4 + "]}}")
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(8 + header.length + floats * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(header.length).put(header);
        return buffer.array();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(4).nextBytes(bytes);
        return bytes;
    }
}
