package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.layers.ConvLayer;
import org.deepcanvas.nn.layers.Layer;
import org.deepcanvas.nn.layers.MaxPoolLayer;
import org.deepcanvas.nn.layers.MultiScaleConvLayer;
import org.deepcanvas.nn.layers.ParamSpec;
import org.deepcanvas.nn.layers.ReluLayer;

/**
 * The device memory one optimisation step of an image needs at its peak, and the arithmetic
 * it does, counted from the network's layer shapes before anything runs (float32).
 *
 * <p>What is counted, as libtorch and DJL hold it: every array a step makes lives until the
 * step's NDScope closes, so the whole forward pass is resident at once: each layer's
 * output (but a convolution's that a ReLU has read: the network frees it), a max pool's
 * int64 indices (twice a float output). The loss terms run first in the backward
 * pass (they were made last), so the gradients they send to tapped layers wait until the
 * chain of layer gradients reaches them; the peak of the backward pass is the larger of
 * that moment (all waiting, plus a Gram's second product) and the worst layer of the chain:
 * the gradients still waiting plus the layer's gradient in and out, and for a convolution
 * a copy of the larger of the two and its weights (oneDNN's blocked layout on a CPU,
 * measured per layer shape; cuDNN's workspace on a GPU is assumed to be of that order). On
 * top: the weights, the image with its gradient, the step rule's buffers and the normalised
 * input, the targets, and on a CPU the engine's own allocations in a step
 * ({@link #CPU_STEP_OVERHEAD}: oneDNN primitives and scratch pads).
 *
 * <p>Checked against the peak resident memory of style transfers on the CPU (MemoryEstimateTest
 * measures one): for the random-filter net, 3-17% above at 128 to 320 px (40, 117 and 240 MiB
 * measured, since the network frees what backward does not read; before, 96 MiB at 128 px).
 */
public record MemoryEstimate(long weightBytes, long imageBytes, long forwardBytes, long backwardBytes,
                             long targetBytes, long overheadBytes, long multiplyAddsPerStep) {
    /** Sizes offered as "the largest that fits" are multiples of this many pixels. */
    public static final int SIDE_STEP = 16;
    /** The largest side considered, beyond any size the panes offer. */
    static final int MAX_SIDE = 16_384;
    /** Measured: peak growth of a CPU step minus everything above, at 128-256 px, for both embedded-size networks. */
    static final long CPU_STEP_OVERHEAD = 8L << 20;
    private static final long FLOAT = Float.BYTES;
    /** A max pool keeps int64 indices: two floats' worth per output value. */
    private static final long POOL_INDEX_FLOATS = 2;
    /** The difference and its square of a content or guide term; a Gram term's product, difference and square. */
    private static final long FEATURE_TERM_COPIES = 2;
    private static final long GRAM_TERM_COPIES = 3;
    /** A TV term's two differences, their squares, sum and power. */
    private static final long TV_IMAGE_COPIES = 6;
    /** Normalising the input: subtract the mean, divide by the std. */
    private static final long NORMALISE_IMAGE_COPIES = 2;

    public long totalBytes() {
        return weightBytes + imageBytes + forwardBytes + backwardBytes + targetBytes + overheadBytes;
    }

    /** Seconds for {@code steps} steps on a device that does {@code multiplyAddsPerSecond}. */
    public double seconds(long steps, double multiplyAddsPerSecond) {
        return steps * (double) multiplyAddsPerStep / multiplyAddsPerSecond;
    }

    /**
     * The longest side (a multiple of {@link #SIDE_STEP}) of an image with the given
     * height-to-width ratio whose step fits in {@code budgetBytes}; empty when none that the
     * network can take does.
     */
    public static OptionalInt largestSideThatFits(ImageOptWorkload workload, long budgetBytes, boolean cpu,
                                                  double heightOverWidth) {
        int low = 0; // steps of SIDE_STEP known to fit (0: none yet)
        int high = MAX_SIDE / SIDE_STEP + 1; // known not to fit
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (fits(workload, middle * SIDE_STEP, budgetBytes, cpu, heightOverWidth)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        int side = low * SIDE_STEP;
        return low > 0 && runs(workload, side, heightOverWidth) ? OptionalInt.of(side) : OptionalInt.empty();
    }

    /** {@link #largestSideThatFits} for square images. */
    public static OptionalInt largestSquareThatFits(ImageOptWorkload workload, long budgetBytes, boolean cpu) {
        return largestSideThatFits(workload, budgetBytes, cpu, 1);
    }

    /** Too small for the network counts as fitting: memory only grows with the side. */
    private static boolean fits(ImageOptWorkload workload, int side, long budget, boolean cpu, double heightOverWidth) {
        if (!runs(workload, side, heightOverWidth)) {
            return true;
        }
        int[] size = heightAndWidth(side, heightOverWidth);
        return of(workload, size[0], size[1], cpu).totalBytes() <= budget;
    }

    private static boolean runs(ImageOptWorkload workload, int side, double heightOverWidth) {
        int[] size = heightAndWidth(side, heightOverWidth);
        try {
            workload.network().layerShapes(size[0], size[1]);
            return true;
        } catch (IllegalArgumentException tooSmall) {
            return false;
        }
    }

    /** Height and width of an image with this longest side and height-to-width ratio. */
    public static int[] heightAndWidth(int side, double heightOverWidth) {
        return heightOverWidth >= 1
                ? new int[] {side, Math.max(1, (int) Math.round(side / heightOverWidth))}
                : new int[] {Math.max(1, (int) Math.round(side * heightOverWidth)), side};
    }

    /** The estimate for one image of {@code height} x {@code width} pixels, on a CPU or a GPU. */
    public static MemoryEstimate of(ImageOptWorkload workload, int height, int width, boolean cpu) {
        Architecture network = workload.network();
        Map<String, Shape> shapes = network.layerShapes(height, width);
        Set<String> taps = workload.taps();
        List<Layer> layers = network.layers();
        int deepest = -1;
        for (int i = 0; i < layers.size(); i++) {
            if (taps.contains(layers.get(i).name())) {
                deepest = i;
            }
        }
        if (deepest < 0) {
            throw new IllegalArgumentException(network.displayName() + " has none of the layers " + taps);
        }
        Shape image = new Shape(1, network.preprocessing().channels(), height, width);
        long pixels = image.size();
        long weights = 0;
        long forward = 0;
        long targets = 0;
        long macs = 0;
        long[] backward = new long[deepest + 1];
        long largestGram = 0;
        Shape in = image;
        for (int i = 0; i <= deepest; i++) {
            Layer layer = layers.get(i);
            Shape out = shapes.get(layer.name());
            long layerWeights = layer.params().stream().mapToLong(ParamSpec::size).sum();
            weights += layerWeights;
            forward += savedFloats(layer, out, freedByNext(layers, i, deepest, taps), cpu);
            backward[i] = backwardFloats(layer, in.size(), out.size(), layerWeights);
            macs += multiplyAdds(layer, in, out);
            if (workload.featureTargets().contains(layer.name())) {
                targets += out.size();
                forward += FEATURE_TERM_COPIES * out.size();
            }
            if (workload.gramLayers().contains(layer.name())) {
                long gram = out.get(1) * out.get(1);
                targets += workload.gramTargets() * gram;
                forward += GRAM_TERM_COPIES * gram;
                largestGram = Math.max(largestGram, out.size());
            }
            in = out;
        }
        long imageFloats = pixels * (2 + workload.ruleCopies() + NORMALISE_IMAGE_COPIES
                + (workload.totalVariation() ? TV_IMAGE_COPIES : 0));
        return new MemoryEstimate(FLOAT * weights, FLOAT * imageFloats, FLOAT * forward,
                FLOAT * backwardPeak(layers, shapes, taps, backward, largestGram), FLOAT * targets,
                cpu ? CPU_STEP_OVERHEAD : 0, 2 * macs);
    }

    /**
     * First the loss terms send a gradient to every tapped layer (a Gram's comes as two
     * products added in place); then, walking back from the deepest layer, the chain takes
     * each waiting gradient in (added in place) as it passes its layer.
     */
    private static long backwardPeak(List<Layer> layers, Map<String, Shape> shapes, Set<String> taps, long[] own,
                                     long largestGram) {
        long waiting = 0;
        for (int i = 0; i < own.length; i++) {
            if (taps.contains(layers.get(i).name())) {
                waiting += shapes.get(layers.get(i).name()).size();
            }
        }
        long peak = waiting + largestGram;
        for (int i = own.length - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            if (taps.contains(layer.name())) {
                waiting -= shapes.get(layer.name()).size();
            }
            peak = Math.max(peak, waiting + own[i]);
        }
        return peak;
    }

    /**
     * Whether the network frees this layer's output once the next layer has read it: a ReLU
     * keeps its own output for backward, not its input (LayeredNet frees what no tap holds).
     */
    private static boolean freedByNext(List<Layer> layers, int index, int deepest, Set<String> taps) {
        return index < deepest && layers.get(index + 1) instanceof ReluLayer
                && !taps.contains(layers.get(index).name());
    }

    /** Floats a layer's forward pass leaves alive until the step's scope closes. */
    private static long savedFloats(Layer layer, Shape out, boolean freedByNext, boolean cpu) {
        long size = out.size();
        if (layer instanceof ConvLayer conv) {
            // a padded convolution's output is a slice of a larger array (on a CPU)
            return freedByNext ? 0 : size * padded(conv.outChannels(), cpu) / conv.outChannels();
        }
        if (layer instanceof MultiScaleConvLayer) {
            // each kernel's output is freed once concatenated
            return freedByNext ? 0 : size;
        }
        if (layer instanceof MaxPoolLayer) {
            return size * (1 + POOL_INDEX_FLOATS);
        }
        return size;
    }

    /** Floats alive while the backward pass goes through one layer. */
    private static long backwardFloats(Layer layer, long in, long out, long weights) {
        if (layer instanceof ConvLayer) {
            return convolutionBackward(in, out, weights);
        }
        if (layer instanceof MultiScaleConvLayer multi) {
            // the whole output gradient, one kernel's slice of it made contiguous, the input gradient so far
            long slice = out / multi.kernels().size();
            return out + slice + in + convolutionBackward(in, slice, weights / multi.kernels().size());
        }
        return in + out;
    }

    private static long convolutionBackward(long in, long out, long weights) {
        return in + out + Math.max(in, out) + weights;
    }

    private static long multiplyAdds(Layer layer, Shape in, Shape out) {
        long positions = out.getShape().length == 4 ? out.get(2) * out.get(3) : 1;
        if (layer instanceof ConvLayer conv) {
            return (long) conv.outChannels() * conv.inChannels() * conv.kernel() * conv.kernel() * positions;
        }
        if (layer instanceof MultiScaleConvLayer multi) {
            long perPosition = 0;
            for (int k : multi.kernels()) {
                perPosition += (long) multi.filtersPerScale() * multi.inChannels() * k * k;
            }
            return perPosition * positions;
        }
        return layer.params().isEmpty() ? 0 : in.size() / in.get(0) * out.get(1);
    }

    /** CpuSafeConvolution pads filter counts to a multiple of 16 on the CPU. */
    private static long padded(int filters, boolean cpu) {
        return cpu ? (filters + 15) / 16 * 16 : filters;
    }
}
