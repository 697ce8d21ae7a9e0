package org.deepcanvas.ui.training;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.runtime.Frame;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Scrubs back through a run's recorded frames. Dragging either thumb shows that frame and
 * leaves live view; the two thumbs also mark the range Export GIF writes, labelled with
 * its frame count and the training time it covers. The range follows new frames until
 * the user moves a thumb (that pins it; "Whole run" lets it follow again). "Live" returns
 * to the newest frame.
 */
public final class FrameTimeline extends VBox {
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final ToggleButton live = new ToggleButton("Live", new FontIcon(MaterialDesignC.CIRCLE_MEDIUM));
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final BooleanProperty pinned = new SimpleBooleanProperty(false);
    private final Label position = new Label("no frames yet");
    private final Label selection = new Label();
    private List<Frame> frames = List.of();
    private int shownIndex = -1;
    private boolean adjusting;

    public FrameTimeline(Consumer<ArgbImage> showFrame) {
        getStyleClass().add("frame-timeline");
        setSpacing(2);
        range.setShowTickMarks(false);
        range.setId("frame-range");
        range.setTooltip(new Tooltip("Drag a thumb to look back at that frame; the two thumbs mark what Export GIF writes"));
        HBox.setHgrow(range, Priority.ALWAYS);
        live.setId("timeline-live");
        live.setSelected(true);
        live.selectedProperty().bindBidirectional(following);
        live.setTooltip(new Tooltip("Show the newest frame as training goes on"));
        position.getStyleClass().add("hint");
        position.setMinWidth(Region.USE_PREF_SIZE);
        live.setMinWidth(Region.USE_PREF_SIZE);
        selection.getStyleClass().add("hint");
        selection.setId("timeline-selection");
        selection.setWrapText(true);
        position.setId("timeline-position");
        Button whole = new Button("Whole run", new FontIcon(MaterialDesignP.PIN_OFF_OUTLINE));
        whole.setId("timeline-whole");
        whole.getStyleClass().add("flat-button");
        whole.setTooltip(new Tooltip("Unpin the GIF range: it covers the whole run and follows new frames"));
        whole.visibleProperty().bind(pinned);
        whole.setOnAction(e -> {
            pinned.set(false);
            selectAll();
        });
        range.lowValueProperty().addListener((obs, old, value) -> moved(true, showFrame));
        range.highValueProperty().addListener((obs, old, value) -> moved(false, showFrame));
        following.addListener((obs, was, now) -> {
            if (now) {
                describePosition(frames.size() - 1);
            }
        });
        HBox top = new HBox(10, live, range, position);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, selection, whole);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, bottom);
        describeSelection();
    }

    /** True while the canvas should follow the newest frame. */
    public BooleanProperty followingProperty() {
        return following;
    }

    /** True once the user set the GIF range by hand. */
    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    /** Takes the run's recorded frames (oldest first). A shorter list is a new run: the range follows again. */
    public void setFrames(List<Frame> recorded) {
        if (recorded.size() == frames.size() && (recorded.isEmpty() || lastStep(recorded) == lastStep(frames))) {
            return;
        }
        if (recorded.size() < frames.size() || recorded.isEmpty()) {
            pinned.set(false);
        }
        frames = recorded;
        adjusting = true;
        range.setMax(Math.max(recorded.size() - 1, 1));
        adjusting = false;
        if (!pinned.get()) {
            selectAll();
        }
        describePosition(following.get() ? frames.size() - 1 : shownIndex);
        describeSelection();
    }

    /** The step of the frame on show while scrubbing; empty while live. */
    public OptionalLong shownStep() {
        return following.get() || shownIndex < 0 || shownIndex >= frames.size()
                ? OptionalLong.empty() : OptionalLong.of(frames.get(shownIndex).step());
    }

    /** The frames between the two thumbs, for Export GIF. */
    public List<ArgbImage> selectedImages() {
        if (frames.isEmpty()) {
            return List.of();
        }
        return frames.subList(low(), high() + 1).stream().map(Frame::image).toList();
    }

    private void selectAll() {
        adjusting = true;
        range.setLowValue(0);
        range.setHighValue(range.getMax());
        adjusting = false;
        describeSelection();
    }

    private void moved(boolean lowThumb, Consumer<ArgbImage> showFrame) {
        if (adjusting) {
            return;
        }
        describeSelection();
        if (!range.isLowValueChanging() && !range.isHighValueChanging()) {
            return;
        }
        pinned.set(true);
        int index = lowThumb ? low() : high();
        if (index < frames.size()) {
            following.set(false);
            showFrame.accept(frames.get(index).image());
            describePosition(index);
        }
    }

    private int low() {
        return Math.min((int) Math.round(range.getLowValue()), Math.max(frames.size() - 1, 0));
    }

    private int high() {
        return Math.min((int) Math.round(range.getHighValue()), Math.max(frames.size() - 1, 0));
    }

    private static long lastStep(List<Frame> frames) {
        return frames.get(frames.size() - 1).step();
    }

    private void describePosition(int index) {
        shownIndex = index;
        position.setText(index < 0 ? "no frames yet"
                : "frame " + (index + 1) + " of " + frames.size() + ", step " + String.format("%,d", frames.get(index).step()));
    }

    private void describeSelection() {
        if (frames.isEmpty()) {
            selection.setText("GIF: the whole run, once frames arrive");
            return;
        }
        int from = low();
        int to = high();
        long millis = frames.get(to).elapsedMillis() - frames.get(from).elapsedMillis();
        selection.setText(String.format("GIF: %d frames (%d–%d), steps %,d–%,d, %s of training%s",
                to - from + 1, from + 1, to + 1, frames.get(from).step(), frames.get(to).step(),
                duration(millis), pinned.get() ? ", pinned" : ""));
    }

    private static String duration(long millis) {
        long seconds = Math.round(millis / 1000.0);
        return seconds < 60 ? seconds + " s" : String.format("%d:%02d min", seconds / 60, seconds % 60);
    }
}
