package org.deepcanvas.nn.gpuruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.deepcanvas.nn.library.Cancellation;
import org.deepcanvas.nn.library.Downloader;
import org.deepcanvas.nn.library.TestFileServer;
import org.deepcanvas.nn.library.TestFileServer.Mode;
import org.deepcanvas.runtime.device.CudaRuntime;
import org.deepcanvas.runtime.device.HostPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The GPU runtime install against a local server that publishes small fake libraries the way DJL does. */
@Timeout(60)
class GpuRuntimeInstallerTest {
    private static final HostPlatform LINUX = new HostPlatform("linux", "x86_64");
    private static final String LIB = FakeRuntimePublisher.LIB;
    private static final Map<String, byte[]> LIBRARIES = FakeRuntimePublisher.LIBRARIES;

    @TempDir
    Path cache;
    private final Downloader downloader = new Downloader(Duration.ofSeconds(2), Duration.ofSeconds(5));
    private final List<InstallProgress> progress = new CopyOnWriteArrayList<>();

    private GpuRuntimeInstaller installer(TestFileServer server) {
        return new GpuRuntimeInstaller(downloader, server.url("/pytorch/"), CudaRuntime.in(cache, LINUX));
    }

    private void assertInstalled(CudaRuntime runtime) throws IOException {
        assertThat(runtime.isInstalled()).isTrue();
        assertThat(Files.readAllBytes(runtime.folder().resolve("libtorch_cuda.so"))).isEqualTo(LIBRARIES.get("libtorch_cuda.so"));
        assertThat(Files.readAllBytes(runtime.folder().resolve("libstdc++.so.6"))).isEqualTo(LIBRARIES.get("libstdc%2B%2B.so.6"));
        assertThat(Files.readSymbolicLink(runtime.folder().resolve("libcudart.so"))).hasToString("libcudart-5b3d8a1f.so.12");
        try (var files = Files.list(runtime.folder())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("libc10.so", "libc10_cuda.so", "libtorch.so", "libtorch_cpu.so",
                            "libtorch_cuda.so", "libcudart-5b3d8a1f.so.12", "libstdc++.so.6", "libcudart.so");
        }
        assertThat(runtime.stagingFolder()).doesNotExist();
    }

    @Test
    void sizesThenInstallsThisPlatformsFilesWhereDjlLooks() throws Exception {
        try (TestFileServer server = FakeRuntimePublisher.publish()) {
            GpuRuntimeInstaller installer = installer(server);
            InstallPlan plan = installer.plan(new Cancellation());
            long gzipBytes = 0;
            for (byte[] library : LIBRARIES.values()) {
                gzipBytes += FakeRuntimePublisher.gzip(library).length;
            }

            assertThat(plan.parts()).extracting(RuntimePart::fileName).hasSize(7).contains("libstdc++.so.6");
            assertThat(plan.downloadBytes()).isEqualTo(gzipBytes);
            assertThat(plan.runtime().folder()).isEqualTo(cache.resolve("2.7.1-cu128-linux-x86_64"));

            Path folder = installer.install(plan, progress::add, new Cancellation());

            assertThat(folder).isEqualTo(plan.runtime().folder());
            assertInstalled(plan.runtime());
            InstallProgress last = progress.get(progress.size() - 1);
            assertThat(last.step()).startsWith("Unpacking ");
            assertThat(last.overall().bytesDone()).isEqualTo(gzipBytes);
            assertThat(last.overall().totalBytes()).isEqualTo(gzipBytes);
        }
    }

    @Test
    void aCutConnectionResumesWhereItBroke() throws Exception {
        InstallPlan sized;
        try (TestFileServer normal = FakeRuntimePublisher.publish()) {
            sized = installer(normal).plan(new Cancellation());
        }
        try (TestFileServer cutting = FakeRuntimePublisher.publish("libtorch_cuda.so", Mode.CUT_FIRST_RESPONSE, null)) {
            InstallPlan plan = new InstallPlan(sized.runtime(), sized.parts().stream()
                    .map(part -> new RuntimePart(cutting.url(LIB + encoded(part.fileName()) + ".gz"), part.fileName(),
                            part.size()))
                    .toList(), 0);
            GpuRuntimeInstaller installer = installer(cutting);

            assertThatThrownBy(() -> installer.install(plan, progress::add, new Cancellation()))
                    .isInstanceOf(IOException.class).hasMessageContaining("resume");
            assertThat(plan.runtime().isInstalled()).isFalse();
            assertThat(plan.runtime().stagingFolder().resolve("libc10.so")).exists();

            installer.install(plan, progress::add, new Cancellation());

            assertInstalled(plan.runtime());
            assertThat(cutting.rangeHeaders).anyMatch(range -> range.startsWith("bytes=") && !range.equals("bytes=0-"));
        }
    }

    @Test
    void aPartThatFailsItsChecksumIsDeletedAndFetchedAgain() throws Exception {
        byte[] damaged = FakeRuntimePublisher.gzip(LIBRARIES.get("libtorch.so"));
        damaged[damaged.length - 6] ^= 0x5a;
        CudaRuntime runtime;
        try (TestFileServer server = FakeRuntimePublisher.publish("libtorch.so", Mode.NORMAL, damaged)) {
            GpuRuntimeInstaller installer = installer(server);
            InstallPlan plan = installer.plan(new Cancellation());
            runtime = plan.runtime();

            assertThatThrownBy(() -> installer.install(plan, progress::add, new Cancellation()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("libtorch.so.gz is damaged")
                    .hasMessageContaining("run the install again");
            assertThat(runtime.stagingFolder().resolve("parts/libtorch.so.gz")).doesNotExist();
            assertThat(runtime.stagingFolder().resolve("libtorch.so")).doesNotExist();
            assertThat(runtime.isInstalled()).isFalse();
        }
        try (TestFileServer repaired = FakeRuntimePublisher.publish()) {
            GpuRuntimeInstaller installer = installer(repaired);
            InstallPlan plan = installer.plan(new Cancellation());
            List<String> fetched = new CopyOnWriteArrayList<>();

            installer.install(plan, p -> fetched.add(p.step()), new Cancellation());

            assertInstalled(runtime);
            assertThat(fetched).contains("Unpacking libtorch.so").doesNotContain("Unpacking libc10.so");
        }
    }

    @Test
    void aCancelKeepsWhatIsDoneForLater() throws Exception {
        byte[] large = new byte[40_000];
        new Random(3).nextBytes(large);
        try (TestFileServer server = FakeRuntimePublisher.publish("libtorch_cuda.so", Mode.SLOW, FakeRuntimePublisher.gzip(large))) {
            GpuRuntimeInstaller installer = installer(server);
            InstallPlan plan = installer.plan(new Cancellation());
            Cancellation cancellation = new Cancellation();

            assertThatThrownBy(() -> installer.install(plan, p -> {
                if (p.step().equals("Downloading libtorch_cuda.so") && p.overall().bytesDone() > 0) {
                    cancellation.cancel();
                }
            }, cancellation)).isInstanceOf(CancellationException.class);

            assertThat(plan.runtime().isInstalled()).isFalse();
            assertThat(plan.runtime().stagingFolder().resolve("libtorch.so")).exists();
            assertThat(installer.plan(new Cancellation()).alreadyDone()).isPositive();
        }
    }

    @Test
    void tooLittleDiskSpaceIsSaidBeforeAnyDownload() throws Exception {
        try (TestFileServer server = FakeRuntimePublisher.publish()) {
            GpuRuntimeInstaller installer = installer(server);
            InstallPlan plan = installer.plan(new Cancellation());
            InstallPlan huge = new InstallPlan(plan.runtime(), List.of(
                    new RuntimePart(URI.create("http://127.0.0.1:9/never.gz"), "libtorch.so", Long.MAX_VALUE / 8)), 0);

            assertThatThrownBy(() -> installer.install(huge, progress::add, new Cancellation()))
                    .isInstanceOf(IOException.class).hasMessageContaining("free in " + cache);
            assertThat(progress).isEmpty();
        }
    }

    @Test
    void theIndexListsOnlyThisPlatformsCudaFilesAndRefusesUnsafeNames() throws Exception {
        URI base = URI.create("https://publish.example/pytorch/2.7.1/");
        List<RuntimePart> parts = RuntimeIndex.parts(FakeRuntimePublisher.index(), base, "cu128", "linux-x86_64");

        assertThat(parts).hasSize(7);
        assertThat(parts.get(0).url()).hasToString("https://publish.example/pytorch/2.7.1/cu128/linux-x86_64/native/lib/libc10.so.gz");
        assertThatThrownBy(() -> RuntimeIndex.parts("cu128/linux-x86_64/native/lib/..%2F..%2Fevil.so.gz\n", base, "cu128",
                "linux-x86_64")).isInstanceOf(IOException.class).hasMessageContaining("unsafe");
        assertThatThrownBy(() -> RuntimeIndex.parts(FakeRuntimePublisher.index(), base, "cu128", "linux-aarch64"))
                .isInstanceOf(IOException.class).hasMessageContaining("no cu128 files for linux-aarch64");
    }

    @Test
    void anIndexWithoutThisPlatformIsNotKeptForTheNextTry() throws Exception {
        try (TestFileServer wrong = new TestFileServer().serve("/pytorch/2.7.1/files.txt",
                "<html>moved</html>".getBytes(StandardCharsets.UTF_8), Mode.NORMAL)) {
            assertThatThrownBy(() -> installer(wrong).plan(new Cancellation()))
                    .isInstanceOf(IOException.class).hasMessageContaining("no cu128 files for linux-x86_64");
        }
        try (TestFileServer server = FakeRuntimePublisher.publish()) {
            assertThat(installer(server).plan(new Cancellation()).parts()).hasSize(7);
        }
    }

    @Test
    void removeDeletesTheRuntimeAndAnyUnfinishedInstall() throws Exception {
        try (TestFileServer server = FakeRuntimePublisher.publish()) {
            GpuRuntimeInstaller installer = installer(server);
            installer.install(installer.plan(new Cancellation()), progress::add, new Cancellation());

            assertThat(installer.remove()).isTrue();
            assertThat(installer.runtime().folder()).doesNotExist();
            assertThat(installer.remove()).isFalse();
        }
    }

    private static String encoded(String fileName) {
        return fileName.replace("+", "%2B");
    }
}
