package org.deepcanvas.data;

import java.util.List;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageStatistics;
import org.deepcanvas.image.Montage;

/** Square images of one size, in import order: what the Dataset pane shows and trains on. */
public record Dataset(int size, List<DatasetEntry> entries) {
    public Dataset {
        entries = List.copyOf(entries);
        for (DatasetEntry entry : entries) {
            if (entry.image().width() != size || entry.image().height() != size) {
                throw new IllegalArgumentException(entry.name() + " is not " + size + "x" + size);
            }
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The N x N images in order. */
    public List<ArgbImage> images() {
        return entries.stream().map(DatasetEntry::image).toList();
    }

    /** All images in a grid with 1-pixel grey borders; the dataset must not be empty. */
    public Montage montage() {
        return Montage.of(images());
    }

    /** Mean, standard deviation and normalisation of the images; the dataset must not be empty. */
    public ImageStatistics statistics() {
        return ImageStatistics.of(images());
    }
}
