package org.deepcanvas.data;

/** Receives import progress on the importing thread; implementations hand it to the UI. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, current) -> {};

    /**
     * Called before each file with the files done so far, the number the import expects to
     * look at (it grows when files are skipped), and the file now being read; called once
     * more at the end with done == total and an empty name.
     */
    void update(int done, int total, String current);
}
