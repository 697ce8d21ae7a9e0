package org.deepcanvas.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.function.Function;
import org.deepcanvas.nn.DeviceScalars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LbfgsTest {
    private static final int N = 8;
    /**
     * torch.optim.LBFGS(lr=1, max_iter=1, history_size=3), one step() per gradient, on the
     * quadratic below from x = 0, in float64 (PyTorch 1.13, /usr/bin/python3):
     * A = tridiagonal, A[i][i] = 1 + i, A[i][i+1] = A[i+1][i] = 0.5; b[i] = 1 - i / 4;
     * loss = x.A x / 2 - b.x; x after steps 1, 2, 3, 6 and 12 (rounded to 7 places).
     */
    private static final float[][] TORCH_ITERATES = {
        {0.25f, 0.1875f, 0.125f, 0.0625f, 0.0f, -0.0625f, -0.125f, -0.1875f},
        {0.4247329f, 0.2711044f, 0.1612716f, 0.0709034f, 0.0f, -0.0514387f, -0.0834127f, -0.1153866f},
        {0.6588257f, 0.3002976f, 0.1451612f, 0.0491841f, -0.0032977f, -0.0320709f, -0.0536239f, -0.0817724f},
        {0.9626788f, 0.1044039f, 0.1347284f, 0.0465873f, -0.0038094f, -0.0354622f, -0.0638495f, -0.0885228f},
        {0.9489762f, 0.1022339f, 0.1421453f, 0.0448451f, -0.0008443f, -0.0363939f, -0.0624065f, -0.0898484f},
    };
    private static final int[] RECORDED_STEPS = {1, 2, 3, 6, 12};
    private static final float[] OPTIMUM =
            {0.9488791f, 0.1022418f, 0.1421536f, 0.0448363f, -0.0008441f, -0.0363954f, -0.0624111f, -0.0898493f};

    private NDManager manager;
    private DeviceScalars scalars;
    private NDArray matrix;
    private NDArray offsets;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        scalars = new DeviceScalars(manager);
        float[] a = new float[N * N];
        float[] b = new float[N];
        for (int i = 0; i < N; i++) {
            a[i * N + i] = 1 + i;
            if (i + 1 < N) {
                a[i * N + i + 1] = 0.5f;
                a[(i + 1) * N + i] = 0.5f;
            }
            b[i] = 1 - 0.25f * i;
        }
        matrix = manager.create(a, new Shape(N, N));
        offsets = manager.create(b);
    }

    @AfterEach
    void close() {
        scalars.close();
        manager.close();
    }

    @Test
    void followsTorchLbfgsIterateByIterateThroughAFullHistory() {
        NDArray x = manager.zeros(new Shape(1, 2, 2, 2)); // image-shaped: the optimiser flattens it
        x.setRequiresGradient(true);
        try (Lbfgs lbfgs = new Lbfgs(scalars, 3)) {
            int recorded = 0;
            for (int step = 1; step <= 12; step++) {
                backward(x);
                update(lbfgs, x);
                if (step == RECORDED_STEPS[recorded]) {
                    assertThat(x.toFloatArray()).as("x after step %d", step)
                            .containsExactly(TORCH_ITERATES[recorded++], within(2e-6f));
                }
            }
        }
    }

    @Test
    void reachesTheOptimumFarSoonerThanTheBestPlainGradientDescent() {
        float lbfgs = distanceToOptimumAfter(12, x -> {
            Lbfgs optimiser = new Lbfgs(scalars, 3);
            return () -> update(optimiser, x);
        });
        // 1 / L (L = largest eigenvalue, about 8.5) is gradient descent's best fixed step here
        float descent = distanceToOptimumAfter(12, x -> () -> {
            NDArray gradient = x.getGradient();
            x.stopGradient().subi(gradient.mul(1 / 8.5f));
            gradient.muli(0);
        });
        assertThat(lbfgs).isLessThan(1e-3f);
        assertThat(descent).isGreaterThan(100 * lbfgs);
    }

    @Test
    void forgettingTheHistoryRestartsWithASteepestDescentStep() {
        NDArray x = manager.zeros(new Shape(N));
        x.setRequiresGradient(true);
        try (Lbfgs lbfgs = new Lbfgs(scalars, 3)) {
            for (int step = 0; step < 4; step++) {
                backward(x);
                update(lbfgs, x);
            }
            lbfgs.forget();
            float[] before = x.toFloatArray();
            backward(x);
            float[] gradient = x.getGradient().toFloatArray();
            update(lbfgs, x);
            double l1 = 0;
            for (float g : gradient) {
                l1 += Math.abs(g);
            }
            float[] after = x.toFloatArray();
            double scale = Math.min(1, 1 / l1);
            for (int i = 0; i < N; i++) {
                assertThat(after[i]).isCloseTo((float) (before[i] - scale * gradient[i]), within(1e-6f));
            }
        }
    }

    /** One L-BFGS step at rate 1 from x's gradient, which is then zeroed, as the image-optimisation core does. */
    private static void update(Lbfgs lbfgs, NDArray x) {
        NDArray gradient = x.getGradient();
        lbfgs.update(x.stopGradient(), gradient, 1f);
        gradient.subi(gradient);
    }

    private void backward(NDArray x) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray flat = x.reshape(N);
            collector.backward(flat.dot(matrix.matMul(flat)).mul(0.5f).sub(offsets.dot(flat)));
        }
    }

    private float distanceToOptimumAfter(int steps, Function<NDArray, Runnable> rule) {
        NDArray x = manager.zeros(new Shape(N));
        x.setRequiresGradient(true);
        Runnable update = rule.apply(x);
        for (int step = 0; step < steps; step++) {
            backward(x);
            update.run();
        }
        return x.sub(manager.create(OPTIMUM)).norm().getFloat();
    }
}
