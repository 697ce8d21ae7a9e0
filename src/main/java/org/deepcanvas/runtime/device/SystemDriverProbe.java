package org.deepcanvas.runtime.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds an NVIDIA driver from the files it installs, so that nothing native is loaded:
 * on Linux the kernel module's {@code /proc/driver/nvidia/version} and the user-space
 * {@code libcuda.so.1} on the loader's path (under WSL only the latter, in
 * {@code /usr/lib/wsl/lib}); on Windows {@code nvcuda.dll} in System32. Paths are read
 * below {@code root} so that tests can lay out a fake machine.
 */
final class SystemDriverProbe implements DriverProbe {
    private static final String LIBCUDA = "libcuda.so.1";
    private static final Pattern KERNEL_MODULE = Pattern.compile("Kernel Module\\s+(\\S+)");
    private static final Pattern GPU_MODEL = Pattern.compile("(?m)^Model:\\s*(.+?)\\s*$");
    private static final List<String> LOADER_DIRS = List.of(
            "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
            "/usr/local/nvidia/lib64", "/usr/lib/nvidia");
    private static final String WSL_DIR = "/usr/lib/wsl/lib";

    private final HostPlatform platform;
    private final Path root;
    private final Map<String, String> environment;

    SystemDriverProbe(HostPlatform platform, Path root, Map<String, String> environment) {
        this.platform = platform;
        this.root = root;
        this.environment = environment;
    }

    static SystemDriverProbe forThisMachine() {
        HostPlatform platform = HostPlatform.current();
        Path root = platform.isWindows() ? Path.of("C:\\") : Path.of("/");
        return new SystemDriverProbe(platform, root, System.getenv());
    }

    @Override
    public DriverStatus probe() {
        return switch (platform.os()) {
            case "linux" -> probeLinux();
            case "win" -> probeWindows();
            case "osx" -> DriverStatus.missing("Macs have no NVIDIA driver");
            default -> DriverStatus.missing("no NVIDIA driver for " + platform.classifier());
        };
    }

    private DriverStatus probeLinux() {
        Optional<String> module = SystemFiles.read(linuxPath("/proc/driver/nvidia/version"))
                .map(KERNEL_MODULE::matcher).filter(Matcher::find).map(m -> m.group(1));
        boolean wsl = Files.exists(linuxPath(WSL_DIR).resolve(LIBCUDA));
        boolean library = wsl || loaderDirs().stream().anyMatch(dir -> Files.exists(dir.resolve(LIBCUDA)));
        if (module.isPresent() && library) {
            return DriverStatus.found("NVIDIA driver " + module.get(), gpuName());
        }
        if (wsl) {
            return DriverStatus.found("NVIDIA driver (Windows, through WSL)", "");
        }
        if (module.isPresent()) {
            return DriverStatus.missing("the NVIDIA kernel module " + module.get()
                    + " is loaded but its library " + LIBCUDA + " is missing; reinstall the NVIDIA driver");
        }
        return DriverStatus.missing("no NVIDIA driver found");
    }

    private DriverStatus probeWindows() {
        String systemRoot = environment.getOrDefault("SystemRoot", root.resolve("Windows").toString());
        if (Files.exists(Path.of(systemRoot, "System32", "nvcuda.dll"))) {
            return DriverStatus.found("NVIDIA driver (nvcuda.dll)", "");
        }
        return DriverStatus.missing("no NVIDIA driver found");
    }

    private List<Path> loaderDirs() {
        List<String> dirs = new ArrayList<>();
        String ldLibraryPath = environment.get("LD_LIBRARY_PATH");
        if (ldLibraryPath != null) {
            dirs.addAll(List.of(ldLibraryPath.split(":")));
        }
        dirs.addAll(LOADER_DIRS);
        dirs.addAll(ldSoConfDirs());
        return dirs.stream().filter(dir -> dir.startsWith("/")).map(this::linuxPath).toList();
    }

    /** The folders listed in /etc/ld.so.conf.d/*.conf, where distributions put the driver. */
    private List<String> ldSoConfDirs() {
        Path confDir = linuxPath("/etc/ld.so.conf.d");
        if (!Files.isDirectory(confDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(confDir)) {
            return files.filter(file -> file.toString().endsWith(".conf"))
                    .flatMap(file -> SystemFiles.read(file).stream())
                    .flatMap(String::lines)
                    .map(String::trim)
                    .filter(line -> line.startsWith("/"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String gpuName() {
        Path gpus = linuxPath("/proc/driver/nvidia/gpus");
        if (!Files.isDirectory(gpus)) {
            return "";
        }
        try (Stream<Path> cards = Files.list(gpus)) {
            return cards.sorted()
                    .flatMap(card -> SystemFiles.read(card.resolve("information")).stream())
                    .map(GPU_MODEL::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private Path linuxPath(String absolute) {
        return root.resolve(absolute.substring(1));
    }
}
