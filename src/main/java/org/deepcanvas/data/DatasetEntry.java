package org.deepcanvas.data;

import org.deepcanvas.image.ArgbImage;

/**
 * One imported image: its file name, where it came from (a path, or the bundled-sample
 * resource), the size of the original, and the square N x N image the dataset keeps.
 */
public record DatasetEntry(String name, String source, int originalWidth, int originalHeight, ArgbImage image) {}
