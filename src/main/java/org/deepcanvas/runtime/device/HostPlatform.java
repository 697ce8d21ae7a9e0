package org.deepcanvas.runtime.device;

import java.util.Locale;

/**
 * The operating system and processor as DJL names them in its native-library folders
 * ({@code linux-x86_64}, {@code win-x86_64}, {@code osx-aarch64}, {@code linux-aarch64}).
 *
 * @param os {@code linux}, {@code win} or {@code osx} ({@code other} for anything else)
 * @param arch {@code x86_64}, {@code aarch64} or what the JVM reports
 */
public record HostPlatform(String os, String arch) {

    /** The machine this JVM runs on. */
    public static HostPlatform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** Maps the JVM's {@code os.name} and {@code os.arch} the way DJL's {@code Platform} does. */
    public static HostPlatform of(String osName, String osArch) {
        String os = osName.startsWith("Win") ? "win"
                : osName.startsWith("Mac") ? "osx"
                : osName.startsWith("Linux") ? "linux"
                : "other";
        String arch = osArch.toLowerCase(Locale.ROOT);
        if (arch.equals("amd64")) {
            arch = "x86_64";
        } else if (arch.equals("arm64")) {
            arch = "aarch64";
        }
        return new HostPlatform(os, arch);
    }

    public String classifier() {
        return os + "-" + arch;
    }

    /**
     * Whether DJL publishes a CUDA build of libtorch and the pytorch-jni jar carries its JNI
     * for this platform: Linux and Windows on x86-64.
     */
    public boolean hasCudaBuild() {
        return arch.equals("x86_64") && (os.equals("linux") || os.equals("win"));
    }

    /** Apple silicon, where PyTorch's MPS device runs on the built-in GPU. */
    public boolean hasMps() {
        return os.equals("osx") && arch.equals("aarch64");
    }

    public boolean isWindows() {
        return os.equals("win");
    }

    /** The file name of a native library: {@code torch} becomes libtorch.so, torch.dll or libtorch.dylib. */
    public String libraryFile(String name) {
        return switch (os) {
            case "win" -> name + ".dll";
            case "osx" -> "lib" + name + ".dylib";
            default -> "lib" + name + ".so";
        };
    }
}
