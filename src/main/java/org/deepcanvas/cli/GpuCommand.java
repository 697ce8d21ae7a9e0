package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.deepcanvas.nn.gpuruntime.GpuRuntimeInstaller;
import org.deepcanvas.nn.gpuruntime.InstallPlan;
import org.deepcanvas.nn.gpuruntime.InstallProgress;
import org.deepcanvas.nn.library.Cancellation;
import org.deepcanvas.runtime.device.CudaRuntime;
import org.deepcanvas.runtime.device.DriverProbe;
import org.deepcanvas.runtime.device.DriverStatus;
import org.deepcanvas.runtime.device.EngineStartup;
import org.deepcanvas.runtime.device.HostPlatform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `deepcanvas gpu [install|remove]`: which device the networks use and why; the GPU runtime. */
@Command(name = "gpu", mixinStandardHelpOptions = true,
        description = "Say which device the networks compute on and why; install or remove the GPU runtime.",
        subcommands = {GpuCommand.InstallCommand.class, GpuCommand.RemoveCommand.class})
final class GpuCommand implements Callable<Integer> {
    private static final Duration REPORT_EVERY = Duration.ofSeconds(2);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HostPlatform platform = HostPlatform.current();
        CudaRuntime runtime = CudaRuntime.forThisMachine();
        out.println("platform:    " + platform.classifier());
        out.println("driver:      " + DriverProbe.system().probe().summary());
        if (platform.hasCudaBuild()) {
            out.println("GPU runtime: CUDA " + CudaRuntime.CUDA_VERSION + ", "
                    + (runtime.isInstalled() ? "installed in " : "not installed (`deepcanvas gpu install`) for ")
                    + runtime.folder());
        }
        out.println("device:      " + EngineStartup.plan().summary());
        return 0;
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Download the GPU runtime (libtorch with CUDA 12.8, the files DJL publishes for this"
                    + " platform) into DJL's cache; resumes an interrupted install. Used from the next start.")
    static final class InstallCommand implements Callable<Integer> {
        @ParentCommand
        GpuCommand parent;

        @Option(names = "--dry-run", description = "only say how much would be downloaded")
        boolean dryRun;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = parent.spec.commandLine().getOut();
            PrintWriter err = parent.spec.commandLine().getErr();
            GpuRuntimeInstaller installer = GpuRuntimeInstaller.forThisMachine();
            if (installer.runtime().isInstalled()) {
                out.println("the GPU runtime is already installed in " + installer.runtime().folder());
                return 0;
            }
            InstallPlan plan = installer.plan(new Cancellation());
            out.println("GPU runtime: " + plan.describe());
            if (dryRun) {
                return 0;
            }
            DriverStatus driver = DriverProbe.system().probe();
            if (!driver.usable()) {
                err.println("note: " + driver.summary() + "; the runtime is used once a driver is");
            }
            installer.install(plan, ProgressLines.every(REPORT_EVERY, err, InstallProgress::describe), new Cancellation());
            out.println("installed in " + installer.runtime().folder() + "; the next start computes on the GPU");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Delete the GPU runtime and any unfinished install of it.")
    static final class RemoveCommand implements Callable<Integer> {
        @ParentCommand
        GpuCommand parent;

        @Override
        public Integer call() throws IOException {
            GpuRuntimeInstaller installer = GpuRuntimeInstaller.forThisMachine();
            boolean removed = installer.remove();
            parent.spec.commandLine().getOut().println(removed
                    ? "removed the GPU runtime from " + installer.runtime().folder().getParent()
                    : "nothing to remove: the GPU runtime is not installed");
            return 0;
        }
    }
}
