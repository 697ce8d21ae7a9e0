package org.deepcanvas.ui.dataset;

/** The four ways the Dataset pane shows the dataset, as in the course's first session. */
enum DatasetView {
    MONTAGE("Montage", "dataset-montage"),
    MEAN("Mean", "dataset-mean"),
    STD("Std. deviation", "dataset-std"),
    NORMALISED("Normalised", "dataset-normalised");

    final String label;
    final String fileName;

    DatasetView(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }
}
