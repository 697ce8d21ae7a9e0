package org.deepcanvas.ui.canvas;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.deepcanvas.image.ArgbImage;

/** Plays a sequence of frames (a latent walk, say) on a canvas, over and over, at ten frames a second. */
public final class FramePlayer {
    private final LiveCanvas canvas;
    private final Timeline player = new Timeline();
    private List<ArgbImage> frames = List.of();
    private int next;

    public FramePlayer(LiveCanvas canvas) {
        this.canvas = canvas;
        player.setCycleCount(Timeline.INDEFINITE);
        player.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            canvas.offer(frames.get(next));
            next = (next + 1) % frames.size();
        }));
    }

    public void play(List<ArgbImage> walk) {
        frames = List.copyOf(walk);
        next = 0;
        canvas.offer(frames.get(0));
        player.playFromStart();
    }

    public void stop() {
        player.stop();
        frames = List.of();
    }

    public boolean isPlaying() {
        return !frames.isEmpty();
    }

    public List<ArgbImage> frames() {
        return frames;
    }
}
