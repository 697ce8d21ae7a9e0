package org.deepcanvas.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.deepcanvas.nn.gpuruntime.GpuRuntimeInstaller;
import org.deepcanvas.nn.gpuruntime.InstallPlan;
import org.deepcanvas.nn.library.Cancellation;
import org.deepcanvas.runtime.device.CudaRuntime;
import org.deepcanvas.runtime.device.DeviceChoice;
import org.deepcanvas.runtime.device.DevicePreference;
import org.deepcanvas.runtime.device.EnginePlan;
import org.deepcanvas.runtime.device.EngineStartup;

/**
 * The studio's compute device: the Auto / CPU / GPU setting, saved and used from the next
 * start when it changes the engine, and the GPU runtime install, offered when an NVIDIA
 * driver is there but the runtime is not: its size first, then progress and cancel in the
 * status bar, resumable, used from the next start.
 */
public final class DeviceSetup {
    private final DevicePreference preference;
    private final EnginePlan started;
    private final Function<DeviceChoice, EnginePlan> planFor;
    private final Supplier<GpuRuntimeInstaller> installers;
    private final BackgroundWork work;
    private final Prompts prompts;
    private final StringProperty message;
    private final ObjectProperty<DeviceChoice> choice;
    private final BooleanProperty installOffered;

    /**
     * @param started the plan this start's engine follows
     * @param planFor what another choice would give on this machine
     * @param message the status bar's message line
     */
    public DeviceSetup(DevicePreference preference, EnginePlan started, Function<DeviceChoice, EnginePlan> planFor,
                       Supplier<GpuRuntimeInstaller> installers, BackgroundWork work, Prompts prompts,
                       StringProperty message) {
        this.preference = preference;
        this.started = started;
        this.planFor = planFor;
        this.installers = installers;
        this.work = work;
        this.prompts = prompts;
        this.message = message;
        this.choice = new SimpleObjectProperty<>(started.choice());
        this.installOffered = new SimpleBooleanProperty(started.offerInstall());
    }

    /** The saved setting, chosen for this process before the engine loads, and the setup around it. */
    public static DeviceSetup forThisStart(BackgroundWork work, Prompts prompts, StringProperty message) {
        DevicePreference preference = new DevicePreference(EngineStartup.settingsFolder());
        EngineStartup.choose(preference.load(), false);
        return new DeviceSetup(preference, EngineStartup.plan(), EngineStartup::planFor,
                GpuRuntimeInstaller::forThisMachine, work, prompts, message);
    }

    public ReadOnlyObjectProperty<DeviceChoice> choiceProperty() {
        return choice;
    }

    /** Whether to offer "Install GPU runtime…": a driver is there, the runtime is not. */
    public ReadOnlyBooleanProperty installOfferedProperty() {
        return installOffered;
    }

    /** Saves the setting and says whether it applies now or from the next start. */
    public void choose(DeviceChoice next) {
        if (next == choice.get()) {
            return;
        }
        try {
            preference.save(next);
        } catch (IOException e) {
            message.set("The device setting could not be saved: " + e.getMessage());
            return;
        }
        choice.set(next);
        EnginePlan wanted = planFor.apply(next);
        message.set(wanted.sameEngineAs(started) ? "Device setting " + next.label() + ": " + wanted.summary()
                : "Device setting " + next.label() + " takes effect at the next start (" + wanted.summary() + ")");
    }

    /** Sizes the runtime, asks, then installs it in the background. */
    public void installGpuRuntime() {
        GpuRuntimeInstaller installer = installers.get();
        Task<InstallPlan> sizing = new DownloadTask<>("reading the download's size") {
            @Override
            protected InstallPlan call() throws Exception {
                return installer.plan(cancellation);
            }
        };
        sizing.setOnSucceeded(e -> confirmAndInstall(installer, sizing.getValue()));
        sizing.setOnFailed(e -> message.set("The GPU runtime cannot be installed now: "
                + Messages.rootCause(sizing.getException())));
        work.submit(sizing);
    }

    private void confirmAndInstall(GpuRuntimeInstaller installer, InstallPlan plan) {
        String question = "Download the GPU runtime (PyTorch " + CudaRuntime.libtorchVersion() + " with CUDA "
                + CudaRuntime.CUDA_VERSION + ", as DJL publishes it): " + plan.describe() + " in "
                + plan.runtime().folder().getParent() + ".\n\nTraining runs on the GPU from the next start."
                + " You can cancel in the status bar and resume later.";
        if (prompts.choose("Install GPU runtime", question, List.of("Install", "Not now")).orElse(1) != 0) {
            return;
        }
        Task<Path> install = new DownloadTask<>("starting the download") {
            @Override
            protected Path call() throws Exception {
                return installer.install(plan, progress -> {
                    updateMessage(progress.describe());
                    updateProgress(progress.overall().bytesDone(), progress.overall().totalBytes());
                }, cancellation);
            }
        };
        install.setOnSucceeded(e -> {
            installOffered.set(false);
            message.set("GPU runtime installed in " + install.getValue() + ": restart DeepCanvas to train on the GPU");
        });
        install.setOnFailed(e -> message.set("GPU runtime not installed: " + Messages.rootCause(install.getException())));
        install.setOnCancelled(e -> message.set("GPU runtime install cancelled; what was downloaded is kept for next time"));
        work.submit(install);
    }

    /** Background work on the runtime that the status bar's cancel stops at once (the open download is closed). */
    private abstract static class DownloadTask<T> extends Task<T> {
        final Cancellation cancellation = new Cancellation();

        DownloadTask(String firstMessage) {
            updateTitle("GPU runtime");
            updateMessage(firstMessage);
        }

        @Override
        protected void cancelled() {
            cancellation.cancel();
        }
    }
}
