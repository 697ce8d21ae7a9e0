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

    /** Lays out the images row by row, left to right, at full size; all must have the same size. */
    public static Montage of(List<ArgbImage> images) {
        return of(images, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #of(List)}, but shrinks the cells (keeping their aspect) so that neither
     * side of the montage exceeds maxSide: 1,000 images of 256 px would otherwise make an
     * 8,000 px square of a quarter gigabyte.
     */
    public static Montage of(List<ArgbImage> images, int maxSide) {
        return layout(images, Math.max(1, (int) Math.ceil(Math.sqrt(images.size()))), maxSide);
    }

    /** Lays out the images row by row in a given number of columns (e.g. one row per kind). */
    public static Montage inColumns(List<ArgbImage> images, int columns) {
        return layout(images, columns, Integer.MAX_VALUE);
    }

    private static Montage layout(List<ArgbImage> images, int columns, int maxSide) {
        if (images.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a montage needs at least one image and one column");
        }
        int rows = (images.size() + columns - 1) / columns;
        int width = images.get(0).width();
        int height = images.get(0).height();
        double shrink = Math.min(1.0, Math.min(
                (double) (maxSide - 1 - columns) / (columns * width),
                (double) (maxSide - 1 - rows) / (rows * height)));
        int cellWidth = Math.max(1, (int) Math.floor(width * shrink));
        int cellHeight = Math.max(1, (int) Math.floor(height * shrink));
        int montageWidth = columns * (cellWidth + 1) + 1;
        int montageHeight = rows * (cellHeight + 1) + 1;
        int[] pixels = new int[montageWidth * montageHeight];
        Arrays.fill(pixels, BORDER);
        for (int i = 0; i < images.size(); i++) {
            ArgbImage image = images.get(i);
            if (image.width() != width || image.height() != height) {
                throw new IllegalArgumentException("image " + i + " is " + image.width() + "x" + image.height()
                        + " but the first is " + width + "x" + height);
            }
            ArgbImage cell = Resize.to(image, cellWidth, cellHeight);
            int left = 1 + (i % columns) * (cellWidth + 1);
            int top = 1 + (i / columns) * (cellHeight + 1);
            for (int y = 0; y < cellHeight; y++) {
                System.arraycopy(cell.pixels(), y * cellWidth, pixels, (top + y) * montageWidth + left, cellWidth);
            }
        }
        return new Montage(new ArgbImage(montageWidth, montageHeight, pixels), columns, rows,
                cellWidth, cellHeight, images.size());
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

    /** Where image {@code index} lies in the montage, without its border. */
    public Crop.Area cellArea(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("the montage has " + count + " images, not an image " + index);
        }
        return new Crop.Area(1 + (index % columns) * (cellWidth + 1), 1 + (index / columns) * (cellHeight + 1),
                cellWidth, cellHeight);
    }
}
