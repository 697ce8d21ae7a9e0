package org.deepcanvas.nn.gpuruntime;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.deepcanvas.export.FileTrees;
import org.deepcanvas.nn.library.Cancellation;
import org.deepcanvas.nn.library.DownloadProgress;
import org.deepcanvas.nn.library.Downloader;
import org.deepcanvas.nn.library.Sizes;
import org.deepcanvas.runtime.device.CudaRuntime;
import org.deepcanvas.runtime.device.EngineStartup;
import org.deepcanvas.runtime.device.HostPlatform;

/**
 * Installs the CUDA build of libtorch that DJL would fetch itself for this version and
 * platform: the files its index lists, from its publishing site, gunzipped into the folder
 * DJL looks in ({@link CudaRuntime}). Only when asked. Each part is downloaded with the
 * model library's {@link Downloader} (resumable, its length checked) and unpacked at once,
 * which checks the gzip CRC; a damaged part is deleted and named. Everything collects in a
 * staging folder that becomes the runtime folder in one move, so DJL never sees half a
 * runtime, and a cancelled or broken install resumes where it stopped.
 */
public final class GpuRuntimeInstaller {
    /** Where DJL publishes libtorch: {@code <version>/files.txt} and the files it lists. */
    public static final URI DJL_PUBLISH = URI.create("https://publish.djl.ai/pytorch/");
    /** DJL's CUDA probe loads "cudart" through JNA; the bundle names it libcudart-<hash>.so.12. */
    private static final Pattern CUDART = Pattern.compile("libcudart(-[0-9a-f]+)?\\.so(\\.\\d+)+");
    private static final String INDEX = "files.txt";
    private static final String PARTS = "parts";
    private static final String LOCK = ".lock";

    private final Downloader downloader;
    private final URI versionBase;
    private final CudaRuntime runtime;

    public GpuRuntimeInstaller(Downloader downloader, URI publishBase, CudaRuntime runtime) {
        this.downloader = downloader;
        this.versionBase = publishBase.resolve(CudaRuntime.libtorchVersion() + "/");
        this.runtime = runtime;
    }

    public static GpuRuntimeInstaller forThisMachine() {
        return new GpuRuntimeInstaller(Downloader.standard(), DJL_PUBLISH, CudaRuntime.forThisMachine());
    }

    public CudaRuntime runtime() {
        return runtime;
    }

    /**
     * Reads the publisher's index (kept where DJL keeps it, {@code <cache>/pytorch/<version>.txt})
     * and the size of every part: what the install will fetch.
     */
    public InstallPlan plan(Cancellation cancellation) throws IOException {
        HostPlatform platform = runtime.platform();
        if (!platform.hasCudaBuild()) {
            throw new IOException("PyTorch has no GPU build for " + platform.classifier());
        }
        Path staging = runtime.stagingFolder();
        Path index = runtime.folder().resolveSibling(CudaRuntime.libtorchVersion() + ".txt");
        if (!Files.exists(index)) {
            downloader.download(new Downloader.Request(versionBase.resolve(INDEX), index, null, 0), p -> { },
                    cancellation);
        }
        List<RuntimePart> listed;
        try {
            listed = RuntimeIndex.parts(Files.readString(index), versionBase, CudaRuntime.FLAVOR, platform.classifier());
        } catch (IOException e) {
            Files.deleteIfExists(index);
            throw e;
        }
        List<RuntimePart> parts = new ArrayList<>();
        long alreadyDone = 0;
        for (RuntimePart part : listed) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("cancelled while sizing the GPU runtime");
            }
            RuntimePart sized = part.withSize(downloader.remoteSize(part.url(), cancellation));
            parts.add(sized);
            if (Files.exists(staging.resolve(part.fileName()))) {
                alreadyDone += Math.max(0, sized.size());
            }
        }
        return new InstallPlan(runtime, parts, alreadyDone);
    }

    /**
     * Downloads, unpacks and checks every part not yet unpacked, then moves the runtime where
     * DJL looks; it is used from the next start.
     *
     * @throws CancellationException when cancelled; what is done stays for a later resume
     * @throws IOException offline, too little disk space, or a damaged part (then deleted)
     */
    public Path install(InstallPlan plan, Consumer<InstallProgress> progress, Cancellation cancellation)
            throws IOException {
        if (runtime.isInstalled()) {
            return runtime.folder();
        }
        Path staging = Files.createDirectories(runtime.stagingFolder());
        checkDiskSpace(plan, staging);
        try (FileChannel channel = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IOException("the GPU runtime is being installed by another DeepCanvas already");
            }
            long done = 0;
            for (RuntimePart part : plan.parts()) {
                if (!Files.exists(staging.resolve(part.fileName()))) {
                    fetchAndUnpack(part, staging, done, plan.downloadBytes(), progress, cancellation);
                }
                done += Math.max(0, part.size());
            }
            checkComplete(staging);
            linkCudart(staging);
        }
        return moveIntoPlace(staging);
    }

    /** Deletes the installed runtime and any unfinished install; false when there was neither. */
    public boolean remove() throws IOException {
        boolean staged = FileTrees.delete(runtime.stagingFolder());
        return FileTrees.delete(runtime.folder()) || staged;
    }

    private void fetchAndUnpack(RuntimePart part, Path staging, long done, long total,
                                Consumer<InstallProgress> progress, Cancellation cancellation) throws IOException {
        String name = part.fileName();
        Path gzip = Files.createDirectories(staging.resolve(PARTS)).resolve(name + ".gz");
        downloader.download(new Downloader.Request(part.url(), gzip, null, part.size()),
                p -> progress.accept(new InstallProgress("Downloading " + name,
                        new DownloadProgress(done + p.bytesDone(), total, p.bytesPerSecond()))),
                cancellation);
        progress.accept(new InstallProgress("Unpacking " + name,
                new DownloadProgress(done + Math.max(0, part.size()), total, 0)));
        unpack(gzip, staging.resolve(name), cancellation);
        Files.delete(gzip);
    }

    /** Gunzips {@code gzip} to {@code target}; the gzip trailer's CRC and length are checked as it reads. */
    private static void unpack(Path gzip, Path target, Cancellation cancellation) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".unpacking");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip), 1 << 16);
             OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (cancellation.isCancelled()) {
                    throw new CancellationException("cancelled while unpacking " + target.getFileName());
                }
                out.write(buffer, 0, n);
            }
        } catch (ZipException | EOFException e) {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(gzip);
            throw new IOException(gzip.getFileName() + " is damaged (" + e.getMessage()
                    + "); it was deleted, run the install again to fetch it anew", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void checkDiskSpace(InstallPlan plan, Path staging) throws IOException {
        long free = Files.getFileStore(staging).getUsableSpace();
        if (free < plan.diskNeeded()) {
            throw new IOException("the GPU runtime needs about " + Sizes.describe(plan.diskNeeded()) + " free in "
                    + staging.getParent() + ", but only " + Sizes.describe(free) + " are free");
        }
    }

    private void checkComplete(Path staging) throws IOException {
        for (String library : List.of("torch", "torch_cpu", "torch_cuda", "c10", "c10_cuda")) {
            String file = runtime.platform().libraryFile(library);
            if (!Files.isRegularFile(staging.resolve(file))) {
                throw new IOException("the published GPU runtime lacks " + file + "; it cannot be used");
            }
        }
    }

    /**
     * Gives the bundled libcudart the plain name JNA looks for, so DJL's own CUDA probe (GPU
     * count, free GPU memory) works without a CUDA toolkit on the machine.
     */
    private void linkCudart(Path staging) throws IOException {
        Path link = staging.resolve("libcudart.so");
        if (!runtime.platform().os().equals("linux") || Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Optional<Path> cudart;
        try (Stream<Path> files = Files.list(staging)) {
            cudart = files.filter(file -> CUDART.matcher(file.getFileName().toString()).matches()).findFirst();
        }
        if (cudart.isPresent()) {
            try {
                Files.createSymbolicLink(link, cudart.get().getFileName());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(cudart.get(), link);
            }
        }
    }

    private Path moveIntoPlace(Path staging) throws IOException {
        FileTrees.delete(staging.resolve(PARTS));
        Files.deleteIfExists(staging.resolve(LOCK));
        FileTrees.delete(runtime.folder());
        Files.move(staging, runtime.folder(), StandardCopyOption.ATOMIC_MOVE);
        EngineStartup.guard().clear();
        return runtime.folder();
    }
}
