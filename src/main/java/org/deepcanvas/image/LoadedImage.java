package org.deepcanvas.image;

/**
 * A decoded image with the full size of the original as it is seen (upright, so a portrait
 * phone photo is taller than wide). {@code image} may be smaller than
 * {@code originalWidth x originalHeight} when it was decoded at reduced resolution.
 */
public record LoadedImage(ArgbImage image, int originalWidth, int originalHeight, String format) {}
