package org.deepcanvas.lab.latent;

/** A test image's code projected on a latent plane; {@code label} is -1 when unlabelled. */
public record LatentPoint(float x, float y, int label, int testIndex) {}
