package org.deepcanvas.lab.imageopt;

import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.optim.Lbfgs;

/**
 * The step rules a settings record can name. Adding one (L-BFGS, say) is one constant
 * here and a {@link StepRule} class; nothing else in the core changes.
 */
public enum StepMethod {
    /** Gradient divided by its mean absolute value: Google's DeepDream. */
    NORMALISED_MEAN_ABS {
        @Override
        public StepRule create(OptimisedImage image, DeviceScalars scalars) {
            return new NormalisedGradientStep(image, scalars, false);
        }
    },
    /** Gradient divided by its standard deviation: the course's and pytorch-deepdream's. */
    NORMALISED_STD {
        @Override
        public StepRule create(OptimisedImage image, DeviceScalars scalars) {
            return new NormalisedGradientStep(image, scalars, true);
        }
    },
    ADAM {
        @Override
        public StepRule create(OptimisedImage image, DeviceScalars scalars) {
            return new AdamStep(image);
        }
    },
    /** Limited-memory BFGS without a line search: the style net's quality default (neural-style's). */
    LBFGS {
        @Override
        public StepRule create(OptimisedImage image, DeviceScalars scalars) {
            return new LbfgsStep(image, scalars);
        }
    };

    /** A fresh rule for {@code image}; {@code scalars} lives as long as the rule. */
    public abstract StepRule create(OptimisedImage image, DeviceScalars scalars);

    /**
     * Image-sized buffers the rule holds while it steps, for {@link MemoryEstimate}: Adam's two
     * moments; L-BFGS's pairs, last values and gradient, and its three temporaries; the
     * normalised steps' direction and move.
     */
    public int imageCopies() {
        return switch (this) {
            case ADAM -> 2;
            case LBFGS -> 2 * Lbfgs.DEFAULT_HISTORY + 5;
            case NORMALISED_MEAN_ABS, NORMALISED_STD -> 2;
        };
    }
}
