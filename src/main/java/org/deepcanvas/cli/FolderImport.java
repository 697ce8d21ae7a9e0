package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.deepcanvas.data.DatasetEntry;
import org.deepcanvas.data.DatasetImporter;
import org.deepcanvas.data.ImportProgress;
import org.deepcanvas.data.ImportResult;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.data.SkippedFile;
import org.deepcanvas.export.InputFile;

/** How every command reads images from files and folders: the studio's own importer. */
final class FolderImport {
    private FolderImport() {}

    /**
     * Imports the images (folders recursively, in natural order), reporting each skipped
     * file with its reason on {@code err}.
     *
     * @throws IOException when not one image is usable
     */
    static ImportResult images(List<Path> inputs, ImportSettings settings, PrintWriter err) throws IOException {
        ImportResult result = new DatasetImporter(settings).importFiles(inputs, ImportProgress.NONE, () -> false);
        for (SkippedFile skipped : result.skipped()) {
            err.println("skipped " + skipped);
        }
        if (result.dataset().isEmpty()) {
            throw new IOException("no usable images in " + inputs.stream().map(Path::toString).toList());
        }
        return result;
    }

    /**
     * What a result's provenance records of an import: each file given that was used, and
     * for each folder the set of its files that were used, hashed.
     */
    static List<InputFile> provenance(String role, List<Path> inputs, ImportResult result) throws IOException {
        return InputFile.ofImport(role, inputs, result.dataset().entries().stream()
                .map(DatasetEntry::source).map(Path::of).toList());
    }
}
