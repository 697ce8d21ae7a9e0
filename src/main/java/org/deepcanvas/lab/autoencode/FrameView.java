package org.deepcanvas.lab.autoencode;

/**
 * What the job's live frames show, and so what the timeline records and a training GIF
 * plays: the reconstructions of the preview images, or the latent manifold (a grid x grid
 * montage over [-radius, radius] on the first two code dimensions). Changes act live.
 */
public record FrameView(boolean manifold, int grid, float radius) {
    /** The most rows and columns a manifold may have: the CLI, the pane and saved files share it. */
    public static final int MAX_GRID = 100;

    public FrameView {
        if (grid < 1 || grid > MAX_GRID || !(radius > 0) || Float.isInfinite(radius)) {
            throw new IllegalArgumentException("the manifold needs a grid of 1.." + MAX_GRID + " and a positive radius, got "
                    + grid + " and " + radius);
        }
    }

    /** Fixed test images, their corrupted inputs when denoising, and their reconstructions. */
    public static FrameView reconstructions() {
        return new FrameView(false, 10, 2f);
    }

    /** The decoded latent grid (the course's 10 x 10 over [-r, r]). */
    public static FrameView manifold(int grid, float radius) {
        return new FrameView(true, grid, radius);
    }
}
