package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.List;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Resize;
import org.deepcanvas.lab.imageopt.OctaveSettings.Size;
import org.deepcanvas.nn.FeatureNet;

/**
 * An image optimisation from start to end: the octave pyramid (small to full size), then,
 * for a fractal zoom, frame after frame at full size; each step is one
 * {@link ImageOptimiser#step}. Dream, guide and style jobs are a settings record and an
 * objective around one of these.
 *
 * <p>Between octaves the classic pyramid carries the detail: what the steps added to the
 * start image at one octave (image minus the start image at that size) is enlarged and
 * added to the start image at the next size, so the start image stays sharp while the
 * dream grows. {@link Carry#IMAGE} enlarges the image itself instead (a style transfer
 * solved small, then refined large).
 */
public final class ImageRun implements AutoCloseable {

    /** What moves from one octave to the next. */
    public enum Carry { DETAIL, IMAGE }

    /** Where the run is, for a status line. */
    public record Progress(int octave, int octaves, int stepInOctave, long zoomFrames) {
        public boolean inPyramid() {
            return octave < octaves;
        }
    }

    private final NDManager manager;
    private final Carry carry;
    private final NDArray start;
    private final int width;
    private final int height;
    private final OptimisedImage image;
    private final ImageOptimiser optimiser;
    private final ZoomTransform zoom;
    private NDArray base;
    private int octave;
    private int octaveCount;
    private int stepsInOctave;
    private long zoomFrames;
    private int stepsInFrame;

    /**
     * A run from {@code start} (its full size is the output size), beginning at the smallest
     * octave of {@code octaves}; {@code start} now belongs to the run.
     */
    public ImageRun(FeatureNet net, OptimisedImage start, OctaveSettings octaves, Carry carry, NDManager manager) {
        this.manager = manager;
        this.carry = carry;
        this.width = start.width();
        this.height = start.height();
        this.start = keep(start.values().duplicate());
        start.close();
        this.octaveCount = octaves.octaves();
        Size first = octaves.sizes(width, height).get(0);
        this.base = startAt(first);
        this.image = OptimisedImage.of(base, manager);
        this.optimiser = new ImageOptimiser(net, image, manager);
        this.zoom = new ZoomTransform(manager);
    }

    /** One step with the latest settings, then the move to the next octave or zoom frame when it is due. */
    public Evaluation step(Objective objective, OptimiserSettings step, OctaveSettings octaves, ZoomSettings frames,
                           Random random) {
        Evaluation evaluation = optimiser.step(objective, step, random);
        if (octave < octaveCount) {
            stepsInOctave++;
            if (stepsInOctave >= octaves.iterations()) {
                nextOctave(octaves);
            }
        } else if (frames.active() && ++stepsInFrame >= frames.stepsPerFrame()) {
            ImageFilters.assign(image.values(), zoom.apply(image.values(), frames.factor(), frames.rotationDegrees()));
            optimiser.imageChanged();
            stepsInFrame = 0;
            zoomFrames++;
        }
        return evaluation;
    }

    private void nextOctave(OctaveSettings octaves) {
        octaveCount = octaves.octaves();
        octave++;
        stepsInOctave = 0;
        if (octave >= octaveCount) {
            return;
        }
        Size next = octaves.sizes(width, height).get(octave);
        NDArray nextBase = startAt(next);
        NDArray carried = carry == Carry.DETAIL
                ? nextBase.add(ImageFilters.resize(image.values().sub(base), next.height(), next.width()))
                : ImageFilters.resize(image.values(), next.height(), next.width());
        image.replace(carried);
        optimiser.imageChanged();
        base.close();
        base = nextBase;
    }

    /** The image at the output size (earlier octaves are enlarged), read from the device. */
    public ArgbImage render() {
        ArgbImage picture = image.toArgb();
        return picture.width() == width && picture.height() == height ? picture : Resize.to(picture, width, height);
    }

    public Progress progress() {
        return new Progress(Math.min(octave, octaveCount), octaveCount, stepsInOctave, zoomFrames);
    }

    public ImageOptimiser optimiser() {
        return optimiser;
    }

    /** The start image at an octave's size, a copy of its own that lasts across steps. */
    private NDArray startAt(Size size) {
        NDArray sized = ImageFilters.resize(start, size.height(), size.width());
        return keep(sized == start ? start.duplicate() : sized);
    }

    private NDArray keep(NDArray array) {
        array.attach(manager);
        NDScope.unregister(array);
        return array;
    }

    @Override
    public void close() {
        optimiser.close();
        zoom.close();
        image.close();
        base.close();
        start.close();
    }
}
