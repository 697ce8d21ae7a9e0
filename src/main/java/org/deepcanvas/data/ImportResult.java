package org.deepcanvas.data;

import java.util.List;

/** What an import produced: the dataset, the files it skipped with reasons, and whether it was cancelled. */
public record ImportResult(Dataset dataset, List<SkippedFile> skipped, boolean cancelled) {
    public ImportResult {
        skipped = List.copyOf(skipped);
    }
}
