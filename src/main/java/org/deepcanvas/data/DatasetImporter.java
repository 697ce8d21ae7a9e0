package org.deepcanvas.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.deepcanvas.image.LoadedImage;
import org.deepcanvas.image.Resize;
import org.deepcanvas.image.UnusableImageException;

/**
 * Builds a {@link Dataset} from files, folders or the bundled samples: each image is
 * decoded at reduced resolution, centre-cropped to a square and resized to N x N, so only
 * the small results are ever held. The caller's thread drives the import and blocks until
 * it ends, while a few worker threads decode files ahead of it in parallel; the results
 * keep the order of the files. Bad files are skipped with a reason. Cancellation (the
 * flag, or an interrupt) is checked before every file and, through the readers, between
 * rows of the images being decoded.
 */
public final class DatasetImporter {
    /*
     * Decode with a short side of at least this many times N, so that subsampled decoding
     * (which drops pixels) still leaves several pixels for area averaging to blend per output
     * pixel, keeping fine texture from aliasing.
     */
    private static final int OVERSAMPLING = 4;

    private final ImportSettings settings;
    private final int workers;

    /** An importer that decodes on up to four threads, leaving one core free for the rest of the app. */
    public DatasetImporter(ImportSettings settings) {
        this(settings, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1)));
    }

    /** An importer that decodes on the given number of threads (1: all on the caller's thread). */
    public DatasetImporter(ImportSettings settings, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.settings = settings;
        this.workers = workers;
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
        try (ReadAhead<ImageSource, Outcome> outcomes =
                new ReadAhead<>(sources, source -> read(source, stop), workers)) {
            while (!cancelled && outcomes.hasNext() && entries.size() < settings.limit()) {
                int total = expectedTotal(sources.size(), done - entries.size());
                progress.update(done, total, sources.get(done).name());
                cancelled = stop.getAsBoolean();
                if (!cancelled) {
                    Outcome outcome = outcomes.next();
                    if (outcome.entry() != null) {
                        entries.add(outcome.entry());
                    } else {
                        skipped.add(outcome.skip());
                    }
                    done++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        } catch (CancellationException e) {
            cancelled = true;
        }
        progress.update(done, cancelled ? expectedTotal(sources.size(), done - entries.size()) : done, "");
        return new ImportResult(new Dataset(settings.size(), entries), skipped, cancelled);
    }

    /** One source read: either its dataset entry, or why it was skipped. */
    private record Outcome(DatasetEntry entry, SkippedFile skip) {}

    private Outcome read(ImageSource source, BooleanSupplier stop) {
        try {
            return new Outcome(toEntry(source, stop), null);
        } catch (UnusableImageException e) {
            return new Outcome(null, new SkippedFile(source.location(), e.problem(), e.getMessage()));
        }
    }

    private DatasetEntry toEntry(ImageSource source, BooleanSupplier stop) throws UnusableImageException {
        int size = settings.size();
        LoadedImage loaded = source.load(size * OVERSAMPLING, stop);
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
