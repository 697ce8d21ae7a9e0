package org.deepcanvas.nn;

import ai.djl.pytorch.jni.JniUtils;

/**
 * Runs work with autograd off on the calling thread, as {@code torch.no_grad()} does, and
 * restores the previous mode. PyTorch keeps grad mode per thread and DJL turns it off only
 * on the thread that loaded the engine, so an in-place weight update on any other thread
 * fails ("a leaf Variable that requires grad is being used in an in-place operation").
 */
public final class NoGrad {
    private NoGrad() {}

    public static void run(Runnable work) {
        boolean wasOn = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try {
            work.run();
        } finally {
            JniUtils.setGradMode(wasOn);
        }
    }
}
