package org.deepcanvas.image;

import java.util.Arrays;
import java.util.List;

/**
 * Equal-sized images laid out in a near-square grid, separated and framed by 1-pixel
 * grey lines, as in the course's montage. Empty cells of the last row stay grey.
 */
public record Montage(ArgbImage image, int columns, int rows, int cellWidth, int cellHeight, int count) {
    /** The colour of borders and empty cells: mid grey. */
    public static final int BORDER = 0xFF808080;

    /** Lays out the images row by row, left to right; all must have the same size. */
    public static Montage of(List<ArgbImage> images) {
        return of(images, Math.max(1, (int) Math.ceil(Math.sqrt(images.size()))));
    }

    /** Lays out the images row by row in a given number of columns (e.g. one row per kind). */
    public static Montage of(List<ArgbImage> images, int columns) {
        if (images.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a montage needs at least one image and one column");
        }
        int cellWidth = images.get(0).width();
        int cellHeight = images.get(0).height();
        int rows = (images.size() + columns - 1) / columns;
        int width = columns * (cellWidth + 1) + 1;
        int height = rows * (cellHeight + 1) + 1;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, BORDER);
        for (int i = 0; i < images.size(); i++) {
            ArgbImage cell = images.get(i);
            if (cell.width() != cellWidth || cell.height() != cellHeight) {
                throw new IllegalArgumentException("image " + i + " is " + cell.width() + "x" + cell.height()
                        + " but the first is " + cellWidth + "x" + cellHeight);
            }
            int left = 1 + (i % columns) * (cellWidth + 1);
            int top = 1 + (i / columns) * (cellHeight + 1);
            for (int y = 0; y < cellHeight; y++) {
                System.arraycopy(cell.pixels(), y * cellWidth, pixels, (top + y) * width + left, cellWidth);
            }
        }
        return new Montage(new ArgbImage(width, height, pixels), columns, rows, cellWidth, cellHeight, images.size());
    }

    /** The index of the image under montage pixel (x, y), or -1 on a border or an empty cell. */
    public int indexAt(int x, int y) {
        if (x < 0 || y < 0 || x >= image.width() || y >= image.height()
                || x % (cellWidth + 1) == 0 || y % (cellHeight + 1) == 0) {
            return -1;
        }
        int index = (y / (cellHeight + 1)) * columns + x / (cellWidth + 1);
        return index < count ? index : -1;
    }
}
