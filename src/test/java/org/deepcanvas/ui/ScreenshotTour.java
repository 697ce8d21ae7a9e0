package org.deepcanvas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.deepcanvas.ui.shell.RunControls;
import org.deepcanvas.ui.shell.StudioPane;

/**
 * Not a test: opens the real studio window, visits every pane (or the named ones), training
 * the trainable ones for a few seconds, and writes a snapshot of each, for docs/screenshots.
 * Run it under Xvfb with a screen of the window's size: {@code xvfb-run -a -s "-screen 0
 * 1440x900x24" java -Dprism.order=sw -cp ... org.deepcanvas.ui.ScreenshotTour OUT_DIR WIDTH
 * HEIGHT [SECONDS] [PANE,PANE...]}. Before each snapshot it prints {@code ready FILE} and
 * waits two seconds, so a script reading its output can take the whole screen as well
 * ({@code import -window root}), as docs/screenshots/retake.sh does.
 */
public final class ScreenshotTour {
    private ScreenshotTour() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        long trainSeconds = args.length > 3 ? Long.parseLong(args[3]) : 8;
        List<String> only = args.length > 4 ? List.of(args[4].split(",")) : List.of();
        Platform.startup(() -> { });
        Studio[] studio = new Studio[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            studio[0] = Studio.create();
            Scene scene = new Scene(studio[0].window(), width, height);
            scene.getStylesheets().add(Studio.stylesheet());
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].show();
            studio[0].loadSamples();
        });
        // the bundled photos import in the background: a loaded machine takes a while
        for (int wait = 0; wait < 120 && datasetEmpty(studio[0]); wait++) {
            TimeUnit.SECONDS.sleep(1);
        }
        TimeUnit.SECONDS.sleep(2);
        List<StudioPane> panes = studio[0].panes();
        for (StudioPane pane : panes) {
            if (!only.isEmpty() && !only.contains(pane.title())) {
                continue;
            }
            onFx(() -> studio[0].window().select(pane));
            TimeUnit.SECONDS.sleep(2);
            RunControls run = pane.runControls().orElse(null);
            if (run != null && trainSeconds > 0) {
                for (int wait = 0; wait < 60 && !run.canStart().get(); wait++) {
                    TimeUnit.SECONDS.sleep(1);
                }
                onFx(run::start);
                TimeUnit.SECONDS.sleep(trainSeconds);
                onFx(run::pause);
                TimeUnit.SECONDS.sleep(1);
            }
            String name = pane.title().toLowerCase().replaceAll("[^a-z]+", "-") + "-" + width + "x" + height + ".png";
            System.out.println("ready " + out.resolve(name));
            TimeUnit.SECONDS.sleep(2);
            onFx(() -> write(stage[0].getScene(), out.resolve(name)));
        }
        onFx(() -> {
            studio[0].close();
            Platform.exit();
        });
        System.exit(0);
    }

    private static boolean datasetEmpty(Studio studio) throws InterruptedException {
        boolean[] empty = {true};
        onFx(() -> empty[0] = studio.dataset().dataset().getValue() == null || studio.dataset().dataset().getValue().isEmpty());
        return empty[0];
    }

        private static void write(Scene scene, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            System.out.println("wrote " + file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the action on the FX thread and waits for it (30 s at most). */
    static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.SECONDS);
    }
}
