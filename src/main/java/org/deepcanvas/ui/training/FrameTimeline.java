package org.deepcanvas.ui.training;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.RangeSlider;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.runtime.Frame;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Scrubs back through a run's recorded frames. Dragging either thumb shows that frame and
 * leaves live view; the two thumbs also mark the range that Export GIF writes. "Live"
 * returns to the newest frame.
 */
public final class FrameTimeline extends HBox {
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final ToggleButton live = new ToggleButton("Live", new FontIcon(MaterialDesignC.CIRCLE_MEDIUM));
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final Label position = new Label("no frames yet");
    private List<Frame> frames = List.of();
    private boolean userMovedRange;

    public FrameTimeline(Consumer<ArgbImage> showFrame) {
        getStyleClass().add("frame-timeline");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        range.setShowTickMarks(false);
        range.setId("frame-range");
        HBox.setHgrow(range, Priority.ALWAYS);
        live.setSelected(true);
        live.selectedProperty().bindBidirectional(following);
        position.getStyleClass().add("hint");
        position.setMinWidth(170);
        range.lowValueProperty().addListener((obs, old, value) -> scrubbedTo(value.intValue(), showFrame));
        range.highValueProperty().addListener((obs, old, value) -> scrubbedTo(value.intValue(), showFrame));
        getChildren().addAll(live, range, position);
    }

    /** True while the canvas should follow the newest frame. */
    public BooleanProperty followingProperty() {
        return following;
    }

    /** Takes the run's recorded frames (oldest first); keeps the range at "all" until the user moves it. */
    public void setFrames(List<Frame> recorded) {
        if (recorded.size() == frames.size() && (recorded.isEmpty() || lastStep(recorded) == lastStep(frames))) {
            return;
        }
        if (recorded.size() < frames.size()) {
            userMovedRange = false;
        }
        frames = recorded;
        int last = Math.max(recorded.size() - 1, 1);
        range.setMax(last);
        if (!userMovedRange) {
            range.setLowValue(0);
            range.setHighValue(last);
        }
        describe(frames.size() - 1);
    }

    private static long lastStep(List<Frame> frames) {
        return frames.get(frames.size() - 1).step();
    }

    /** The frames between the two thumbs, for Export GIF. */
    public List<ArgbImage> selectedImages() {
        if (frames.isEmpty()) {
            return List.of();
        }
        int from = Math.min((int) Math.round(range.getLowValue()), frames.size() - 1);
        int to = Math.min((int) Math.round(range.getHighValue()), frames.size() - 1);
        return frames.subList(from, to + 1).stream().map(Frame::image).toList();
    }

    private void scrubbedTo(int index, Consumer<ArgbImage> showFrame) {
        if (!range.isLowValueChanging() && !range.isHighValueChanging()) {
            return;
        }
        userMovedRange = true;
        if (index >= 0 && index < frames.size()) {
            following.set(false);
            showFrame.accept(frames.get(index).image());
            describe(index);
        }
    }

    private void describe(int index) {
        position.setText(index < 0 ? "no frames yet"
                : "frame " + (index + 1) + " of " + frames.size() + ", step " + frames.get(index).step());
    }
}
