package org.deepcanvas.image;

import java.util.function.BooleanSupplier;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

/** Aborts a reader mid-image as soon as the import is cancelled, so a huge decode stops within rows. */
final class AbortOnCancel implements IIOReadProgressListener {
    private final BooleanSupplier cancelled;

    AbortOnCancel(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
        if (cancelled.getAsBoolean()) {
            source.abort();
        }
    }

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
        imageProgress(source, 0f);
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {}

    @Override
    public void sequenceComplete(ImageReader source) {}

    @Override
    public void imageComplete(ImageReader source) {}

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {}

    @Override
    public void thumbnailComplete(ImageReader source) {}

    @Override
    public void readAborted(ImageReader source) {}
}
