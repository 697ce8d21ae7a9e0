package org.deepcanvas.runtime.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.deepcanvas.runtime.device.EnginePlan.Target;
import org.junit.jupiter.api.Test;

/** The start-up choice of engine settings from fake facts: no GPU, driver or runtime needed. */
class EnginePlannerTest {
    private static final HostPlatform LINUX = new HostPlatform("linux", "x86_64");
    private static final HostPlatform WINDOWS = new HostPlatform("win", "x86_64");
    private static final HostPlatform MAC_ARM = new HostPlatform("osx", "aarch64");
    private static final HostPlatform LINUX_ARM = new HostPlatform("linux", "aarch64");
    private static final DriverStatus DRIVER = DriverStatus.found("NVIDIA driver 570.86.15", "NVIDIA GeForce RTX 4070");
    private static final DriverStatus NO_DRIVER = DriverStatus.missing("no NVIDIA driver found");

    private static EngineFacts facts(HostPlatform platform, DriverStatus driver, boolean installed) {
        CudaRuntime runtime = CudaRuntime.in(Path.of("/home/artist/.djl.ai/pytorch"), platform);
        return new EngineFacts(platform, driver, runtime, installed, null, false);
    }

    @Test
    void autoWithoutADriverUsesTheCpuAndSaysWhy() {
        EnginePlan plan = EnginePlanner.plan(DeviceChoice.AUTO, facts(LINUX, NO_DRIVER, false));

        assertThat(plan.target()).isEqualTo(Target.CPU);
        assertThat(plan.engineProperties()).isEmpty();
        assertThat(plan.summary()).isEqualTo("CPU: no NVIDIA driver found");
        assertThat(plan.unmet()).isFalse();
        assertThat(plan.offerInstall()).isFalse();
    }

    @Test
    void aDriverWithoutTheRuntimeOffersTheInstall() {
        EnginePlan plan = EnginePlanner.plan(DeviceChoice.AUTO, facts(LINUX, DRIVER, false));

        assertThat(plan.target()).isEqualTo(Target.CPU);
        assertThat(plan.offerInstall()).isTrue();
        assertThat(plan.summary()).isEqualTo("CPU: the GPU runtime (CUDA 12.8) is not installed");
    }

    @Test
    void anInstalledRuntimeIsLoadedWithTheSettingsDjlReads() {
        EnginePlan plan = EnginePlanner.plan(DeviceChoice.AUTO, facts(LINUX, DRIVER, true));
        String folder = Path.of("/home/artist/.djl.ai/pytorch/2.7.1-cu128-linux-x86_64").toString();

        assertThat(plan.target()).isEqualTo(Target.CUDA);
        assertThat(plan.engineProperties())
                .containsEntry("PYTORCH_LIBRARY_PATH", folder)
                .containsEntry("PYTORCH_FLAVOR", "cu128")
                .containsEntry("PYTORCH_VERSION", "2.7.1")
                .containsEntry("jna.library.path", folder);
        assertThat(plan.summary()).isEqualTo("GPU: NVIDIA GeForce RTX 4070, CUDA 12.8");
        assertThat(plan.loadsCudaRuntime()).isTrue();
    }

    @Test
    void windowsLoadsItsOwnRuntimeFolder() {
        EnginePlan plan = EnginePlanner.plan(DeviceChoice.GPU, facts(WINDOWS, DRIVER, true));

        assertThat(plan.target()).isEqualTo(Target.CUDA);
        assertThat(plan.engineProperties().get("PYTORCH_LIBRARY_PATH")).endsWith("2.7.1-cu128-win-x86_64");
    }

    @Test
    void cpuAsChosenLoadsNothingExtraEvenWithAGpu() {
        EnginePlan plan = EnginePlanner.plan(DeviceChoice.CPU, facts(LINUX, DRIVER, true));

        assertThat(plan.target()).isEqualTo(Target.CPU);
        assertThat(plan.engineProperties()).isEmpty();
        assertThat(plan.summary()).isEqualTo("CPU: as chosen");
    }

    @Test
    void anExplicitGpuThatIsNotThereIsUnmet() {
        EnginePlan noDriver = EnginePlanner.plan(DeviceChoice.GPU, facts(LINUX, NO_DRIVER, false));
        EnginePlan noRuntime = EnginePlanner.plan(DeviceChoice.GPU, facts(LINUX, DRIVER, false));
        EnginePlan noBuild = EnginePlanner.plan(DeviceChoice.GPU, facts(LINUX_ARM, DRIVER, false));

        assertThat(noDriver.unmet()).isTrue();
        assertThat(noDriver.target()).isEqualTo(Target.CPU);
        assertThat(noDriver.summary()).isEqualTo("CPU: GPU chosen, but no NVIDIA driver found");
        assertThat(noRuntime.unmet()).isTrue();
        assertThat(noRuntime.offerInstall()).isTrue();
        assertThat(noBuild.why()).isEqualTo("PyTorch has no GPU build for linux-aarch64");
    }

    @Test
    void mpsIsChosenOnlyOnAppleSilicon() {
        EnginePlan mac = EnginePlanner.plan(DeviceChoice.AUTO, facts(MAC_ARM, DriverStatus.missing("Macs have no NVIDIA driver"), false));
        EnginePlan macGpu = EnginePlanner.plan(DeviceChoice.GPU, facts(MAC_ARM, NO_DRIVER, false));
        EnginePlan linux = EnginePlanner.plan(DeviceChoice.MPS, facts(LINUX, DRIVER, true));
        EnginePlan windows = EnginePlanner.plan(DeviceChoice.AUTO, facts(WINDOWS, NO_DRIVER, false));

        assertThat(mac.target()).isEqualTo(Target.MPS);
        assertThat(mac.engineProperties()).isEmpty();
        assertThat(mac.summary()).isEqualTo("GPU: Apple silicon (MPS)");
        assertThat(macGpu.target()).isEqualTo(Target.MPS);
        assertThat(linux.target()).isEqualTo(Target.CPU);
        assertThat(linux.unmet()).isTrue();
        assertThat(linux.why()).isEqualTo("the MPS device exists only on Macs with Apple silicon, not on linux-x86_64");
        assertThat(windows.target()).isEqualTo(Target.CPU);
    }

    @Test
    void aStartThatDiedLoadingTheRuntimeSendsAutoToTheCpuButNotAnExplicitGpu() {
        EngineFacts crashed = new EngineFacts(LINUX, DRIVER, CudaRuntime.in(Path.of("/c"), LINUX), true, null, true);

        EnginePlan auto = EnginePlanner.plan(DeviceChoice.AUTO, crashed);
        EnginePlan gpu = EnginePlanner.plan(DeviceChoice.GPU, crashed);

        assertThat(auto.target()).isEqualTo(Target.CPU);
        assertThat(auto.summary()).startsWith("CPU: the GPU runtime did not finish loading at the last start");
        assertThat(gpu.target()).isEqualTo(Target.CUDA);
    }

    @Test
    void aLibtorchTheUserNamedIsLeftToDjl() {
        EngineFacts own = new EngineFacts(LINUX, DRIVER, CudaRuntime.in(Path.of("/c"), LINUX), false, "/opt/libtorch/lib", false);

        EnginePlan plan = EnginePlanner.plan(DeviceChoice.AUTO, own);

        assertThat(plan.target()).isEqualTo(Target.CUDA);
        assertThat(plan.engineProperties()).isEmpty();
        assertThat(plan.summary()).isEqualTo("GPU: NVIDIA GeForce RTX 4070, PyTorch from PYTORCH_LIBRARY_PATH");
    }
}
