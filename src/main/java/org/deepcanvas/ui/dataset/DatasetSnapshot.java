package org.deepcanvas.ui.dataset;

import java.util.List;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.data.SkippedFile;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageStatistics;
import org.deepcanvas.image.Montage;

/** A dataset with every view of it computed, ready to show; built off the FX thread. */
record DatasetSnapshot(Dataset dataset, List<SkippedFile> skipped, Montage montage, ArgbImage mean,
                       ArgbImage std, ArgbImage normalised) {
    static final DatasetSnapshot EMPTY = new DatasetSnapshot(new Dataset(1, List.of()), List.of(), null, null, null, null);

    static DatasetSnapshot of(Dataset dataset, List<SkippedFile> skipped) {
        if (dataset.isEmpty()) {
            return new DatasetSnapshot(dataset, skipped, null, null, null, null);
        }
        ImageStatistics stats = dataset.statistics();
        return new DatasetSnapshot(dataset, skipped, dataset.montage(), stats.meanImage(), stats.stdImage(),
                dataset.normalisedMontage(stats).image());
    }

    /** The image of one view, or null while the dataset is empty. */
    ArgbImage image(DatasetView view) {
        return switch (view) {
            case MONTAGE -> montage == null ? null : montage.image();
            case MEAN -> mean;
            case STD -> std;
            case NORMALISED -> normalised;
        };
    }
}
