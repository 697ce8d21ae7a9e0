package org.deepcanvas.ui.paint;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.ui.canvas.LiveCanvas;

/** Plays a latent walk on a canvas, over and over, at ten frames a second. */
final class LatentWalkPlayer {
    private final LiveCanvas canvas;
    private final Timeline player = new Timeline();
    private List<ArgbImage> frames = List.of();
    private int next;

    LatentWalkPlayer(LiveCanvas canvas) {
        this.canvas = canvas;
        player.setCycleCount(Timeline.INDEFINITE);
        player.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            canvas.offer(frames.get(next));
            next = (next + 1) % frames.size();
        }));
    }

    void play(List<ArgbImage> walk) {
        frames = List.copyOf(walk);
        next = 0;
        canvas.offer(frames.get(0));
        player.playFromStart();
    }

    void stop() {
        player.stop();
        frames = List.of();
    }

    boolean isPlaying() {
        return !frames.isEmpty();
    }

    List<ArgbImage> frames() {
        return frames;
    }
}
