package org.deepcanvas.nn.gpuruntime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.deepcanvas.nn.library.TestFileServer;
import org.deepcanvas.nn.library.TestFileServer.Mode;

/** Publishes a small fake CUDA runtime for linux-x86_64 on a local server, laid out the way DJL publishes libtorch. */
public final class FakeRuntimePublisher {
    static final String LIB = "/pytorch/2.7.1/cu128/linux-x86_64/native/lib/";
    /** The libraries of the fake runtime, by published (URL-encoded) name. */
    static final Map<String, byte[]> LIBRARIES = libraries();

    private FakeRuntimePublisher() {}

    private static Map<String, byte[]> libraries() {
        Random random = new Random(7);
        Map<String, byte[]> libraries = new LinkedHashMap<>();
        for (String name : List.of("libc10.so", "libc10_cuda.so", "libtorch.so", "libtorch_cpu.so", "libtorch_cuda.so",
                "libcudart-5b3d8a1f.so.12", "libstdc%2B%2B.so.6")) {
            byte[] bytes = new byte[4_000 + random.nextInt(4_000)];
            random.nextBytes(bytes);
            libraries.put(name, bytes);
        }
        return libraries;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** DJL's index: this platform's CUDA files among other flavours and platforms. */
    static String index() {
        StringBuilder index = new StringBuilder("cpu/linux-x86_64/native/lib/libtorch.so.gz\n");
        LIBRARIES.keySet().forEach(name -> index.append("cu128/linux-x86_64/native/lib/").append(name).append(".gz\n"));
        index.append("cu128/win-x86_64/native/lib/torch_cuda.dll.gz\n");
        return index.toString();
    }

    /** A server publishing the fake runtime below {@code /pytorch/}. */
    public static TestFileServer publish() throws IOException {
        return publish(null, Mode.NORMAL, null);
    }

    /** Like {@link #publish()}, with the library {@code special} served as {@code mode} (and {@code bytes}, if given). */
    static TestFileServer publish(String special, Mode mode, byte[] bytes) throws IOException {
        TestFileServer server = new TestFileServer().serve("/pytorch/2.7.1/files.txt",
                index().getBytes(StandardCharsets.UTF_8), Mode.NORMAL);
        for (Map.Entry<String, byte[]> library : LIBRARIES.entrySet()) {
            boolean odd = library.getKey().equals(special);
            byte[] served = odd && bytes != null ? bytes : gzip(library.getValue());
            // the server decodes request paths, as the publisher's does
            server.serve(LIB + URLDecoder.decode(library.getKey(), StandardCharsets.UTF_8) + ".gz", served,
                    odd ? mode : Mode.NORMAL);
        }
        return server;
    }
}
