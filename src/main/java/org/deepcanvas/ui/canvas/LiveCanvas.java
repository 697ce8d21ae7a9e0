package org.deepcanvas.ui.canvas;

import java.nio.IntBuffer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.ui.controls.WhileShown;

/**
 * A canvas that shows the latest frame a producer offered, from any thread. Frames are
 * handed over latest-wins and copied into a PixelBuffer-backed image once per pulse, so a
 * producer that offers thousands of frames never floods the FX thread. The image is
 * zoomed to fit, with crisp pixels when enlarged; a right click offers "Save as PNG…", and
 * an area of it can be framed (the selected cell of a montage).
 */
public final class LiveCanvas extends StackPane {
    private final AtomicReference<ArgbImage> pending = new AtomicReference<>();
    private final ImageView view = new ImageView();
    private final Label emptyHint = new Label();
    private ArgbImage shown;
    private final Rectangle outline = new Rectangle();
    private Rectangle2D highlighted;
    private PixelBuffer<IntBuffer> buffer;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            ArgbImage next = pending.getAndSet(null);
            if (next != null) {
                show(next);
            }
        }
    };

    public LiveCanvas(String emptyText) {
        getStyleClass().add("live-canvas");
        emptyHint.setText(emptyText);
        emptyHint.getStyleClass().add("canvas-hint");
        emptyHint.setWrapText(true);
        view.setPreserveRatio(true);
        view.setSmooth(false);
        view.fitWidthProperty().bind(widthProperty().subtract(8));
        view.fitHeightProperty().bind(heightProperty().subtract(8));
        setMinSize(64, 64);
        outline.getStyleClass().add("canvas-highlight");
        outline.setManaged(false);
        outline.setMouseTransparent(true);
        outline.setVisible(false);
        getChildren().addAll(emptyHint, view, outline);
        WhileShown.run(this, pulse::start, pulse::stop);
    }

    /** The line shown while the canvas is empty. */
    public void setHint(String text) {
        emptyHint.setText(text);
    }

    /** Offers a frame to show at the next pulse; callable from any thread. */
    public void offer(ArgbImage frame) {
        pending.set(frame);
    }

    /** The image on screen (or about to be), for export. */
    public Optional<ArgbImage> current() {
        ArgbImage next = pending.get();
        return Optional.ofNullable(next != null ? next : shown);
    }

    /** Empties the canvas and shows its hint again. */
    public void clear() {
        pending.set(null);
        shown = null;
        buffer = null;
        view.setImage(null);
        emptyHint.setVisible(true);
    }

    /** Adds "Save as PNG…" to the canvas' context menu. */
    public void onSaveRequested(Consumer<ArgbImage> save) {
        MenuItem item = new MenuItem("Save as PNG…");
        item.setOnAction(e -> current().ifPresent(save));
        ContextMenu menu = new ContextMenu(item);
        setOnContextMenuRequested(e -> {
            item.setDisable(current().isEmpty());
            menu.show(this, e.getScreenX(), e.getScreenY());
        });
    }

    /** Frames an area of the image (in its pixels), such as the selected cell of a montage; null removes the frame. */
    public void highlight(Rectangle2D area) {
        highlighted = area;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Bounds shownAt = view.getBoundsInParent();
        outline.setVisible(highlighted != null && shown != null && shownAt.getWidth() > 0);
        if (outline.isVisible()) {
            double scale = shownAt.getWidth() / shown.width();
            outline.setX(shownAt.getMinX() + highlighted.getMinX() * scale - 1);
            outline.setY(shownAt.getMinY() + highlighted.getMinY() * scale - 1);
            outline.setWidth(highlighted.getWidth() * scale + 2);
            outline.setHeight(highlighted.getHeight() * scale + 2);
        }
    }

    /** Calls back with the image pixel under a click; clicks beside the image are ignored. */
    public void onImageClicked(PixelListener listener) {
        view.setOnMouseClicked(e -> {
            if (shown == null || view.getBoundsInLocal().getWidth() == 0) {
                return;
            }
            int x = (int) (e.getX() / view.getBoundsInLocal().getWidth() * shown.width());
            int y = (int) (e.getY() / view.getBoundsInLocal().getHeight() * shown.height());
            if (x >= 0 && y >= 0 && x < shown.width() && y < shown.height()) {
                listener.at(x, y);
            }
        });
    }

    /** Receives a pixel position of the image on show. */
    @FunctionalInterface
    public interface PixelListener {
        void at(int x, int y);
    }

    private void show(ArgbImage frame) {
        if (buffer == null || buffer.getWidth() != frame.width() || buffer.getHeight() != frame.height()) {
            IntBuffer ints = IntBuffer.allocate(frame.width() * frame.height());
            buffer = new PixelBuffer<>(frame.width(), frame.height(), ints, PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        buffer.updateBuffer(pb -> {
            Premultiplied.copy(frame.pixels(), pb.getBuffer().array());
            return new Rectangle2D(0, 0, frame.width(), frame.height());
        });
        shown = frame;
        // crisp pixels when enlarged; smoothing only where the image is shrunk to fit
        view.setSmooth(frame.width() > view.getFitWidth() || frame.height() > view.getFitHeight());
        emptyHint.setVisible(false);
        if (highlighted != null) {
            requestLayout();
        }
    }
}
