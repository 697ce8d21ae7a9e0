package org.deepcanvas.image;

/**
 * A decoded image with the size its file declares. {@code image} may be smaller than
 * {@code originalWidth x originalHeight} when it was decoded at reduced resolution.
 */
public record LoadedImage(ArgbImage image, int originalWidth, int originalHeight, String format) {}
