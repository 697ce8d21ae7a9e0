package org.deepcanvas.ui.dataset;

/** The four ways the Dataset pane shows the dataset, as in the course's first session. */
enum DatasetView {
    MONTAGE("Montage", "dataset-montage", "Every image side by side, as the networks get them"),
    MEAN("Mean", "dataset-mean", "The average of all images, pixel by pixel: what they have in common"),
    STD("Std. deviation", "dataset-std", "How much each pixel varies across the images: bright where they differ"),
    NORMALISED("Normalised", "dataset-normalised",
            "Each image minus the mean, divided by the deviation: what a network is usually trained on");

    final String label;
    final String fileName;
    final String description;

    DatasetView(String label, String fileName, String description) {
        this.label = label;
        this.fileName = fileName;
        this.description = description;
    }
}
