package org.deepcanvas.lab.imageopt;

import java.util.Objects;

/**
 * The per-step knobs of an image optimisation, all live: the next step uses them.
 *
 * @param method how the image moves (a change resets the rule's state, not the image)
 * @param stepSize pixels move by about this much per step (images are 0..1); Adam's learning rate
 * @param jitter the image is rolled by up to this many pixels each way before each step and
 *     the gradient rolled back, so no grid of the network stays in one place (0: off)
 * @param blurSigma Gaussian blur in pixels, applied every {@code blurEvery} steps (0: off)
 * @param blurEvery steps between two blurs
 * @param blurTarget what is blurred: the image itself, or the gradient before the step
 * @param decay after each step the image's distance from mid-grey is multiplied by this (the
 *     course's 0.998 fades what is not reinforced; 1: off)
 * @param clamp keep pixels in 0..1 after each step
 * @param keepColours a colour picture changes in brightness only and keeps its own colours
 *     (always so for a grey network, which cannot see colour; see {@link ImageOptimiser})
 */
public record OptimiserSettings(StepMethod method, float stepSize, int jitter, float blurSigma, int blurEvery,
                                BlurTarget blurTarget, float decay, boolean clamp, boolean keepColours) {

    public enum BlurTarget { IMAGE, GRADIENT }

    /** A dream's defaults: DeepDream's normalised steps, jitter, a light blur of the gradient (as the CLI's). */
    public static final OptimiserSettings DREAM =
            new OptimiserSettings(StepMethod.NORMALISED_MEAN_ABS, 0.01f, 16, 0.5f, 1, BlurTarget.GRADIENT, 1f, true, false);

    public OptimiserSettings {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(blurTarget, "blurTarget");
        check(stepSize > 0 && Float.isFinite(stepSize), "step size must be a positive number, not " + stepSize);
        check(jitter >= 0 && jitter <= 512, "jitter must be 0 to 512 pixels, not " + jitter);
        check(blurSigma >= 0 && blurSigma <= 20, "blur sigma must be 0 to 20 pixels, not " + blurSigma);
        check(blurEvery >= 1, "blur interval must be at least 1 step, not " + blurEvery);
        check(decay > 0 && decay <= 1, "decay must be above 0 and at most 1, not " + decay);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public OptimiserSettings withMethod(StepMethod next) {
        return new OptimiserSettings(next, stepSize, jitter, blurSigma, blurEvery, blurTarget, decay, clamp, keepColours);
    }

    public OptimiserSettings withStepSize(float next) {
        return new OptimiserSettings(method, next, jitter, blurSigma, blurEvery, blurTarget, decay, clamp, keepColours);
    }

    public OptimiserSettings withJitter(int next) {
        return new OptimiserSettings(method, stepSize, next, blurSigma, blurEvery, blurTarget, decay, clamp, keepColours);
    }

    public OptimiserSettings withBlur(float sigma, int every, BlurTarget target) {
        return new OptimiserSettings(method, stepSize, jitter, sigma, every, target, decay, clamp, keepColours);
    }

    public OptimiserSettings withDecay(float next) {
        return new OptimiserSettings(method, stepSize, jitter, blurSigma, blurEvery, blurTarget, next, clamp, keepColours);
    }

    public OptimiserSettings withClamp(boolean next) {
        return new OptimiserSettings(method, stepSize, jitter, blurSigma, blurEvery, blurTarget, decay, next, keepColours);
    }

    public OptimiserSettings withKeepColours(boolean next) {
        return new OptimiserSettings(method, stepSize, jitter, blurSigma, blurEvery, blurTarget, decay, clamp, next);
    }
}
