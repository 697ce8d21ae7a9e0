package org.deepcanvas.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.deepcanvas.image.LoadedImage;
import org.deepcanvas.image.Resize;
import org.deepcanvas.image.UnusableImageException;

/**
 * Builds a {@link Dataset} from files, folders or the bundled samples: each image is
 * decoded at reduced resolution, centre-cropped to a square and resized to N x N, so only
 * the small results are ever held. Runs on the caller's thread; bad files are skipped with
 * a reason, and cancellation (the flag, or an interrupt) is checked before every file.
 */
public final class DatasetImporter {
    /*
     * Decode with a short side of at least this many times N, so that subsampled decoding
     * (which drops pixels) still leaves several pixels for area averaging to blend per output
     * pixel, keeping fine texture from aliasing.
     */
    private static final int OVERSAMPLING = 4;

    private final ImportSettings settings;

    public DatasetImporter(ImportSettings settings) {
        this.settings = settings;
    }

    /** Imports the images found in the given files and folders (see the class comment). */
    public ImportResult importFiles(List<Path> sources, ImportProgress progress, BooleanSupplier cancelled) {
        BooleanSupplier stop = stopWhen(cancelled);
        ImageFileFinder.Found found = ImageFileFinder.find(sources, stop);
        List<ImageSource> files = found.files().stream().map(ImageSource::file).toList();
        return importAll(files, found.skipped(), progress, stop);
    }

    /** Imports the bundled sample photos through the same pipeline. */
    public ImportResult importSamples(ImportProgress progress, BooleanSupplier cancelled) {
        return importAll(SampleImages.sources(), List.of(), progress, stopWhen(cancelled));
    }

    private ImportResult importAll(List<ImageSource> sources, List<SkippedFile> alreadySkipped,
            ImportProgress progress, BooleanSupplier stop) {
        List<DatasetEntry> entries = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>(alreadySkipped);
        int done = 0;
        boolean cancelled = stop.getAsBoolean();
        for (ImageSource source : sources) {
            if (cancelled || entries.size() == settings.limit()) {
                break;
            }
            progress.update(done, expectedTotal(sources.size(), done - entries.size()), source.name());
            cancelled = stop.getAsBoolean();
            if (cancelled) {
                break;
            }
            try {
                entries.add(toEntry(source));
            } catch (UnusableImageException e) {
                skipped.add(new SkippedFile(source.location(), e.problem(), e.getMessage()));
            }
            done++;
        }
        progress.update(done, cancelled ? expectedTotal(sources.size(), done - entries.size()) : done, "");
        return new ImportResult(new Dataset(settings.size(), entries), skipped, cancelled);
    }

    private DatasetEntry toEntry(ImageSource source) throws UnusableImageException {
        int size = settings.size();
        LoadedImage loaded = source.load(size * OVERSAMPLING);
        return new DatasetEntry(source.name(), source.location(), loaded.originalWidth(),
                loaded.originalHeight(), Resize.squareThumbnail(loaded.image(), size));
    }

    /** Files the import will look at if no more are skipped: up to the limit, plus those skipped. */
    private int expectedTotal(int available, int skippedSoFar) {
        return Math.min(available, settings.limit() + skippedSoFar);
    }

    private static BooleanSupplier stopWhen(BooleanSupplier cancelled) {
        return () -> cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
    }
}
