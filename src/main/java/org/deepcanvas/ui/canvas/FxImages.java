package org.deepcanvas.ui.canvas;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.deepcanvas.image.ArgbImage;

/** Copies plain images into JavaFX images, for thumbnails and previews. */
public final class FxImages {
    private FxImages() {}

    public static Image of(ArgbImage image) {
        WritableImage fx = new WritableImage(image.width(), image.height());
        fx.getPixelWriter().setPixels(0, 0, image.width(), image.height(), PixelFormat.getIntArgbInstance(),
                image.pixels(), 0, image.width());
        return fx;
    }
}
