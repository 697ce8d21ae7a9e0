package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.deepcanvas.data.DatasetEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The user's own images are not thrown away without asking; single images can be removed and are framed in the montage. */
class DatasetPaneTest extends StudioTestBase {
    @TempDir
    Path folder;

    @Test
    void replacingTheUsersImagesAsksAndSingleImagesCanBeRemoved(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            writeImage(folder.resolve("image" + i + ".png"), 0xFF000000 | i * 0x402010);
        }
        robot.interact(() -> studio.window().importDropped(List.of(folder)));
        waitForImages(robot, 3);

        robot.clickOn("#samples-photos");
        assertThat(asked).singleElement().asString().contains("holds 3 images you added");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(images(robot).getItems()).as("cancelled: nothing replaced").hasSize(3);

        ListView<DatasetEntry> list = images(robot);
        robot.interact(() -> {
            list.getSelectionModel().select(1);
            list.requestFocus();
        });
        Node outline = robot.lookup(".canvas-highlight").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, outline::isVisible);
        robot.type(KeyCode.DELETE);
        waitForImages(robot, 2);
        assertThat(images(robot).getItems()).extracting(DatasetEntry::name).containsExactly("image0.png", "image2.png");

        choices.add(0);
        robot.clickOn("#samples-photos");
        waitForImages(robot, 11);
    }

    private static ListView<DatasetEntry> images(FxRobot robot) {
        return robot.lookup("#dataset-images").queryListView();
    }

    private static void writeImage(Path file, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, rgb + x);
            }
        }
        ImageIO.write(image, "png", Files.newOutputStream(file));
    }
}
