package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.nn.library.ModelStore;
import org.deepcanvas.ui.shell.StudioPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The studio window headless: navigation, import of dropped files, and the export menu. */
class StudioWindowTest extends StudioTestBase {
    @TempDir
    static Path folder;

    @Test
    void navigationListsEveryExperimentAndSwitchesPanes(FxRobot robot) {
        ListView<StudioPane> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getItems()).extracting(StudioPane::title).containsExactly(
                "Dataset", "Pixel painting", "Autoencoders", "Deep dream", "Guided hallucination",
                "Style net", "GAN and VAE-GAN");
        robot.clickOn("Deep dream");
        assertThat(robot.lookup("#dream-output").tryQuery()).isPresent();
        robot.clickOn("Style net");
        assertThat(robot.lookup("#style-output").tryQuery()).isPresent();
        robot.clickOn("Dataset");
        assertThat(robot.lookup("#dataset-canvas").tryQuery()).isPresent();
    }

    @Test
    void droppedFilesAreImportedAndBadOnesListedWithTheirReason(FxRobot robot) throws Exception {
        Path drop = Files.createDirectories(folder.resolve("drop"));
        writeImage(drop.resolve("red.png"), 0xFFFF0000, 60, 40);
        writeImage(drop.resolve("blue.png"), 0xFF0000FF, 50, 50);
        Files.writeString(drop.resolve("notes.jpg"), "this is text, not a JPEG");
        robot.clickOn("Style net");

        robot.interact(() -> studio.window().importDropped(List.of(drop)));
        waitForImages(robot, 2);

        ListView<StudioPane> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getSelectionModel().getSelectedItem().title()).isEqualTo("Dataset");
        assertThat(robot.lookup("#dataset-summary").queryAs(Label.class).getText()).startsWith("2 images, 100 x 100");
        ListView<?> skipped = robot.lookup("#dataset-skipped").queryListView();
        assertThat(skipped.getItems()).hasSize(1);
        assertThat(skipped.getItems().get(0).toString()).contains("notes.jpg");
    }

    @Test
    void exportMenuWritesThePngWithItsSettingsAndTheGif(FxRobot robot) throws Exception {
        robot.interact(() -> studio.loadSamples());
        waitForImages(robot, 11);
        Path png = folder.resolve("montage.png");
        Path gif = folder.resolve("slideshow.gif");
        exportTargets.add(png);
        exportTargets.add(gif);

        robot.clickOn("File").clickOn("#menu-export-image");
        waitForFile(png);
        robot.clickOn("File").clickOn("#menu-export-gif");
        waitForFile(gif);

        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(4 * 101 + 1);
        assertThat(PngExport.readProvenance(png)).get()
                .satisfies(p -> assertThat(p.settings().get("size").getAsInt()).isEqualTo(100));
        assertThat(gifFrameCount(gif)).isEqualTo(11);
    }

    @Test
    void theModelsWindowClosesWithEscape(FxRobot robot) throws Exception {
        System.setProperty(ModelStore.DIRECTORY_PROPERTY, folder.resolve("models").toString());
        try {
            robot.clickOn("File").clickOn("#menu-models");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> modelsWindow(robot).isPresent());
            assertThat(robot.lookup("#models-close").tryQuery()).isPresent();

            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> modelsWindow(robot).isEmpty());
        } finally {
            System.clearProperty(ModelStore.DIRECTORY_PROPERTY);
        }
    }

    private static Optional<Window> modelsWindow(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(window -> window instanceof Stage stage && "Models".equals(stage.getTitle()) && stage.isShowing())
                .findFirst();
    }

    private static void writeImage(Path file, int argb, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, argb);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
