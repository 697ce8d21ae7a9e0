package org.deepcanvas.data;

/** How to import: the side N of the square images, and at most how many images to keep. */
public record ImportSettings(int size, int limit) {
    public static final int MIN_SIZE = 32;
    public static final int MAX_SIZE = 256;
    public static final int DEFAULT_SIZE = 100;
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;
    public static final ImportSettings DEFAULTS = new ImportSettings(DEFAULT_SIZE, DEFAULT_LIMIT);

    public ImportSettings {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "image size must be between " + MIN_SIZE + " and " + MAX_SIZE + " pixels, not " + size);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "image count must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }
}
