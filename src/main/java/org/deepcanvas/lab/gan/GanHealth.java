package org.deepcanvas.lab.gan;

/**
 * Says when a GAN run has gone wrong in the two ways its users ask about, because a loss
 * curve does not show them: collapse (the fixed grid's samples have become alike: their
 * spread is under a fifth of the real images') and a discriminator that wins outright (the
 * generator's loss stays above 5, so D calls every fake fake with certainty and the
 * generator's gradient vanishes). Judged at each frame after a warm-up; a verdict needs
 * three frames in a row, so one odd frame does not raise it, and it clears when the run
 * recovers.
 */
public final class GanHealth {
    static final long WARM_UP_STEPS = 300;
    static final double COLLAPSE_RATIO = 0.2;
    static final double LOST_GENERATOR_LOSS = 5;
    private static final int FRAMES_IN_A_ROW = 3;

    /** What the run looks like. */
    public enum Verdict { LEARNING, COLLAPSED, DISCRIMINATOR_WINS }

    /** A verdict with what to tell the user (empty while learning). */
    public record Report(Verdict verdict, String message) {
        public static final Report LEARNING = new Report(Verdict.LEARNING, "");

        public boolean healthy() {
            return verdict == Verdict.LEARNING;
        }
    }

    private int collapsedFrames;
    private int lostFrames;
    private Report report = Report.LEARNING;

    /**
     * Takes one frame's evidence: the step, the grid's spread as a share of the real images'
     * and the generator's recent loss; returns the verdict so far.
     */
    public Report judge(long step, double spreadRatio, double generatorLoss) {
        if (step < WARM_UP_STEPS) {
            return report;
        }
        collapsedFrames = spreadRatio < COLLAPSE_RATIO ? collapsedFrames + 1 : 0;
        lostFrames = generatorLoss > LOST_GENERATOR_LOSS || !Double.isFinite(generatorLoss) ? lostFrames + 1 : 0;
        if (collapsedFrames >= FRAMES_IN_A_ROW) {
            report = new Report(Verdict.COLLAPSED, String.format("Mode collapse: the samples have become alike "
                    + "(they vary %.0f%% as much as real images). Lower the generator's learning rate, add label "
                    + "smoothing or balancing, or start again with another seed.", 100 * spreadRatio));
        } else if (lostFrames >= FRAMES_IN_A_ROW) {
            report = new Report(Verdict.DISCRIMINATOR_WINS, String.format("Diverged: the discriminator tells "
                    + "every sample from real images (generator loss %.1f), so the generator learns nothing. Turn on "
                    + "balancing or lower the discriminator's learning rate.", generatorLoss));
        } else {
            report = Report.LEARNING;
        }
        return report;
    }

    public Report report() {
        return report;
    }
}
