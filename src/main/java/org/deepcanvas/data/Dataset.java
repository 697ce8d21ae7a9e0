package org.deepcanvas.data;

import java.util.List;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageStatistics;
import org.deepcanvas.image.Montage;

/** Square images of one size, in import order: what the Dataset pane shows and trains on. */
public record Dataset(int size, List<DatasetEntry> entries) {
    /** The largest side {@link #montage()} makes; bigger datasets get smaller cells. */
    public static final int MONTAGE_MAX_SIDE = 4096;

    public Dataset {
        entries = List.copyOf(entries);
        for (DatasetEntry entry : entries) {
            if (entry.image().width() != size || entry.image().height() != size) {
                throw new IllegalArgumentException(entry.name() + " is not " + size + "x" + size);
            }
        }
    }

    /** True when the import found no usable image. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The N x N images in order. */
    public List<ArgbImage> images() {
        return entries.stream().map(DatasetEntry::image).toList();
    }

    /** All images in a grid with 1-pixel grey borders, at most {@link #MONTAGE_MAX_SIDE} a side; not for an empty dataset. */
    public Montage montage() {
        return Montage.of(images(), MONTAGE_MAX_SIDE);
    }

    /** The images normalised by the given statistics, laid out like {@link #montage()}. */
    public Montage normalisedMontage(ImageStatistics statistics) {
        return Montage.of(statistics.normalisedImages(images()), MONTAGE_MAX_SIDE);
    }

    /** Mean, standard deviation and normalisation of the images; the dataset must not be empty. */
    public ImageStatistics statistics() {
        return ImageStatistics.of(images());
    }
}
