package org.deepcanvas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.deepcanvas.export.Presets;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.ui.shell.Prompts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The whole studio in a headless window, with export questions answered from a queue of files. */
@ExtendWith(ApplicationExtension.class)
abstract class StudioTestBase {
    /** The files the next exports write to, in order. */
    protected final List<Path> exportTargets = new ArrayList<>();
    /** The answers the next questions get, in order (an index into the answers offered); none left means "cancel". */
    protected final List<Integer> choices = new ArrayList<>();
    /** The names the next name questions get (a preset's); none left means "cancel". */
    protected final List<String> names = new ArrayList<>();
    /** The questions asked so far. */
    protected final List<String> asked = new ArrayList<>();
    protected Studio studio;

    @TempDir
    Path presetFolder;

    @BeforeEach
    void openStudio() throws Exception {
        System.setProperty(Presets.DIRECTORY_PROPERTY, presetFolder.toString());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
    }

    @AfterEach
    void closeStudio() throws Exception {
        FxToolkit.cleanupStages();
        studio.close();
    }

    private void show(Stage stage) {
        studio = Studio.create(new Prompts() {
            @Override
            public Optional<Path> target(String suggestedName, String description, String pattern) {
                return exportTargets.isEmpty() ? Optional.empty() : Optional.of(exportTargets.remove(0));
            }

            @Override
            public Optional<GifChoice> gifOptions(List<ArgbImage> frames) {
                return Optional.of(new GifChoice(80, 0, 1.0, false));
            }

            @Override
            public Optional<String> name(String title, String question, String suggested) {
                return names.isEmpty() ? Optional.empty() : Optional.of(names.remove(0));
            }

            @Override
            public Optional<Integer> choose(String title, String question, List<String> answers) {
                asked.add(question);
                return choices.isEmpty() ? Optional.empty() : Optional.of(choices.remove(0));
            }
        });
        Scene scene = new Scene(studio.window(), 1280, 800);
        scene.getStylesheets().add(Studio.stylesheet());
        stage.setScene(scene);
        // the primary stage is shared by every test class: a test that resized it must not leave its size behind
        stage.sizeToScene();
        stage.show();
    }

    protected static void waitForImages(FxRobot robot, int count) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#dataset-images").queryListView().getItems().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static void waitForFile(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
    }

    protected static int gifFrameCount(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }
}
