package org.deepcanvas.nn.embedded;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Random;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.nn.Adam;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.LayeredNet;
import org.deepcanvas.nn.RandomWeights;
import org.deepcanvas.nn.Shuffle;
import org.deepcanvas.runtime.HostRead;

/**
 * Trains {@link FashionClassifier}'s network from scratch: seeded initial weights and
 * batch order, Adam, softmax cross-entropy. Same seed, same data, same device: same weights.
 */
public final class FashionTrainer {
    /** Hyper-parameters of one training run. */
    public record Plan(int epochs, int batchSize, float learningRate, long seed) {
        public static Plan standard() {
            return new Plan(8, 64, 2e-3f, 5L);
        }
    }

    /** Hears about training as it goes: the mean loss of each finished epoch. */
    public interface Listener {
        void epochDone(int epoch, double meanLoss);
    }

    private static final int EVALUATION_BATCH = 500;

    private FashionTrainer() {}

    public static LayeredNet train(NDManager parent, FashionMnist data, Plan plan, Listener listener) {
        Random random = new Random(plan.seed());
        LayeredNet net = RandomWeights.create(FashionClassifier.architecture(), parent, random, false);
        net.weights().values().forEach(w -> w.setRequiresGradient(true));
        NDManager manager = parent.newSubManager();
        try (manager; Adam adam = new Adam(List.copyOf(net.weights().values()))) {
            NDArray images = manager.create(data.pixels(), new Shape(data.count(), 1, FashionMnist.SIDE, FashionMnist.SIDE));
            NDArray labels = manager.create(data.labels()).toType(DataType.INT64, false);
            for (int epoch = 1; epoch <= plan.epochs(); epoch++) {
                int[] order = Shuffle.order(data.count(), random);
                NDArray lossSum = manager.zeros(new Shape());
                int batches = 0;
                for (int start = 0; start + plan.batchSize() <= order.length; start += plan.batchSize()) {
                    try (NDScope scope = new NDScope()) {
                        NDArray index = manager.create(slice(order, start, plan.batchSize()));
                        lossSum.addi(lossAndGradients(net, images.get(index), labels.get(index)));
                        adam.update(plan.learningRate());
                    }
                    batches++;
                }
                listener.epochDone(epoch, HostRead.scalar(lossSum) / batches);
            }
        }
        net.weights().values().forEach(w -> w.setRequiresGradient(false));
        return net;
    }

    /** Fraction of the first {@code count} images of {@code data} that the network classifies right. */
    public static double accuracy(FeatureNet net, FashionMnist data, int count, NDManager parent) {
        int n = Math.min(count, data.count());
        long correct = 0;
        for (int start = 0; start < n; start += EVALUATION_BATCH) {
            int size = Math.min(EVALUATION_BATCH, n - start);
            try (NDManager manager = parent.newSubManager()) {
                float[] pixels = new float[size * FashionMnist.PIXELS_PER_IMAGE];
                System.arraycopy(data.pixels(), start * FashionMnist.PIXELS_PER_IMAGE, pixels, 0, pixels.length);
                int[] labels = new int[size];
                System.arraycopy(data.labels(), start, labels, 0, size);
                NDArray x = manager.create(pixels, new Shape(size, 1, FashionMnist.SIDE, FashionMnist.SIDE));
                NDArray predicted = net.logits(net.preprocessing().normalize(x)).argMax(1);
                correct += HostRead.integer(predicted.eq(manager.create(labels).toType(DataType.INT64, false)).sum());
            }
        }
        return (double) correct / n;
    }

    private static NDArray lossAndGradients(FeatureNet net, NDArray images, NDArray labels) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray logits = net.logits(net.preprocessing().normalize(images));
            NDArray loss = logits.logSoftmax(1).mul(labels.oneHot(FashionMnist.CLASS_NAMES.size())).sum(new int[] {1})
                    .neg().mean();
            collector.backward(loss);
            return loss.stopGradient();
        }
    }

    private static int[] slice(int[] order, int start, int length) {
        int[] part = new int[length];
        System.arraycopy(order, start, part, 0, length);
        return part;
    }
}
