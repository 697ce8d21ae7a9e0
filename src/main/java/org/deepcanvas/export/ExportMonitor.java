package org.deepcanvas.export;

/**
 * How a long export reports progress and learns that the user cancelled it. Both
 * methods are called on the exporting thread; a UI marshals the progress itself.
 */
public interface ExportMonitor {
    /** A monitor for callers that neither show progress nor cancel. */
    ExportMonitor NONE = new ExportMonitor() {
        @Override
        public void progress(int done, int total) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(int done, int total);

    boolean isCancelled();
}
