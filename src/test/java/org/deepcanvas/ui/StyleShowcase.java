package org.deepcanvas.ui;

import static org.deepcanvas.ui.ScreenshotTour.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.deepcanvas.ui.shell.RunControls;
import org.deepcanvas.ui.shell.StudioPane;
import org.deepcanvas.ui.training.ImageWell;

/**
 * Not a test: opens the real studio window on the Style net with a content and a style
 * picture, runs STEPS steps at SIZE px, pauses, and touches READY_FILE so a script can
 * take the screen with {@code import -window root}; it stays open until killed. Under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -Dprism.order=sw -cp ...
 * org.deepcanvas.ui.StyleShowcase WIDTH HEIGHT CONTENT STYLE SIZE STEPS READY_FILE}.
 */
public final class StyleShowcase {
    private StyleShowcase() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        Path content = Path.of(args[2]);
        Path style = Path.of(args[3]);
        int size = Integer.parseInt(args[4]);
        long steps = Long.parseLong(args[5]);
        Path ready = Path.of(args[6]);
        Platform.startup(() -> { });
        Studio[] studio = new Studio[1];
        onFx(() -> {
            studio[0] = Studio.create();
            Stage stage = new Stage();
            stage.setScene(new Scene(studio[0].window(), width, height));
            stage.getScene().getStylesheets().add(Studio.stylesheet());
            stage.show();
            studio[0].loadSamples();
        });
        TimeUnit.SECONDS.sleep(4);
        StudioPane pane = studio[0].panes().stream().filter(p -> p.title().equals("Style net")).findFirst().orElseThrow();
        onFx(() -> studio[0].window().select(pane));
        TimeUnit.SECONDS.sleep(2);
        onFx(() -> {
            Scene scene = studio[0].window().getScene();
            ((Spinner<Integer>) scene.lookup("#style-size")).getValueFactory().setValue(size);
            ((ImageWell) scene.lookup("#style-content")).load(content);
            ((ImageWell) scene.lookup("#style-style-1")).load(style);
        });
        TimeUnit.SECONDS.sleep(4);
        RunControls run = pane.runControls().orElseThrow();
        onFx(run::start);
        Label progress = (Label) studio[0].window().getScene().lookup("#style-progress");
        while (step(progress) < steps) {
            TimeUnit.SECONDS.sleep(1);
        }
        onFx(run::pause);
        TimeUnit.SECONDS.sleep(2);
        Files.writeString(ready, "ready\n");
        TimeUnit.HOURS.sleep(1);
    }

    private static long step(Label progress) throws InterruptedException {
        String[] text = new String[1];
        onFx(() -> text[0] = progress.getText());
        return text[0].startsWith("step ") ? Long.parseLong(text[0].split(" ")[1]) : 0;
    }
}
