package org.deepcanvas.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.nn.gpuruntime.FakeRuntimePublisher;
import org.deepcanvas.nn.gpuruntime.GpuRuntimeInstaller;
import org.deepcanvas.nn.library.Downloader;
import org.deepcanvas.nn.library.TestFileServer;
import org.deepcanvas.runtime.device.CudaRuntime;
import org.deepcanvas.runtime.device.DeviceChoice;
import org.deepcanvas.runtime.device.DevicePreference;
import org.deepcanvas.runtime.device.EnginePlan;
import org.deepcanvas.runtime.device.EnginePlan.Target;
import org.deepcanvas.runtime.device.HostPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The device setting and the GPU runtime install as the status bar offers it, against a local fake publisher. */
@ExtendWith(ApplicationExtension.class)
class DeviceSetupTest {
    private static final EnginePlan DRIVER_WITHOUT_RUNTIME = new EnginePlan(DeviceChoice.AUTO, Target.CPU, Map.of(),
            "the GPU runtime (CUDA 12.8) is not installed", false, true);
    private static final EnginePlan GPU = new EnginePlan(DeviceChoice.AUTO, Target.CUDA,
            Map.of(EnginePlan.LIBRARY_PATH, "/runtime"), "a test GPU, CUDA 12.8", false, false);

    @TempDir
    static Path folder;
    private TestFileServer server;
    private StatusBar statusBar;
    private DeviceSetup setup;
    private CudaRuntime runtime;
    private final List<String> questions = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        server = FakeRuntimePublisher.publish();
        runtime = CudaRuntime.in(Files.createDirectories(folder.resolve("cache")), new HostPlatform("linux", "x86_64"));
        BackgroundWork work = new BackgroundWork();
        statusBar = new StatusBar(work);
        Downloader downloader = new Downloader(Duration.ofSeconds(2), Duration.ofSeconds(5));
        setup = new DeviceSetup(new DevicePreference(folder.resolve("settings")), DRIVER_WITHOUT_RUNTIME,
                choice -> choice == DeviceChoice.CPU ? DRIVER_WITHOUT_RUNTIME : GPU,
                () -> new GpuRuntimeInstaller(downloader, server.url("/pytorch/"), runtime), work,
                installAnswer(), statusBar.messageProperty());
        statusBar.offer("Install GPU runtime…", setup.installOfferedProperty(), setup::installGpuRuntime);
        stage.setScene(new Scene(statusBar, 900, 40));
        stage.show();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Prompts installAnswer() {
        return new Prompts() {
            @Override
            public Optional<Path> target(String suggestedName, String description, String pattern) {
                return Optional.empty();
            }

            @Override
            public Optional<GifChoice> gifOptions(List<ArgbImage> frames) {
                return Optional.empty();
            }

            @Override
            public Optional<String> name(String title, String question, String suggested) {
                return Optional.empty();
            }

            @Override
            public Optional<Integer> choose(String title, String question, List<String> answers) {
                questions.add(question);
                return Optional.of(answers.indexOf("Install"));
            }
        };
    }

    @Test
    void theOfferSizesTheRuntimeAsksThenInstallsItForTheNextStart(FxRobot robot) throws Exception {
        Hyperlink offer = robot.lookup("#status-offer").queryAs(Hyperlink.class);
        assertThat(offer.isVisible()).isTrue();
        assertThat(offer.getText()).isEqualTo("Install GPU runtime…");

        robot.clickOn(offer);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> statusBar.messageProperty().get().startsWith("GPU runtime installed"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(questions).hasSize(1);
        assertThat(questions.get(0)).contains("7 files").contains("CUDA 12.8").contains("next start");
        assertThat(runtime.isInstalled()).isTrue();
        assertThat(offer.isVisible()).isFalse();
        assertThat(statusBar.messageProperty().get()).contains("restart DeepCanvas");
    }

    @Test
    void theSettingIsSavedAndSaysWhenItTakesEffect(FxRobot robot) {
        robot.interact(() -> setup.choose(DeviceChoice.CPU));
        String sameEngine = statusBar.messageProperty().get();
        robot.interact(() -> setup.choose(DeviceChoice.GPU));
        String otherEngine = statusBar.messageProperty().get();

        assertThat(sameEngine).isEqualTo("Device setting cpu: CPU: the GPU runtime (CUDA 12.8) is not installed");
        assertThat(otherEngine).isEqualTo("Device setting gpu takes effect at the next start (GPU: a test GPU, CUDA 12.8)");
        assertThat(new DevicePreference(folder.resolve("settings")).load()).isEqualTo(DeviceChoice.GPU);
        assertThat(setup.choiceProperty().get()).isEqualTo(DeviceChoice.GPU);
    }
}
