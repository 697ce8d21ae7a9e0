package org.deepcanvas.nn.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import org.deepcanvas.nn.DeviceScalars;

/**
 * The adversarial losses, each a scalar averaged over the batch. Targets and weights come
 * from {@link DeviceScalars}, so no step copies a number from the host.
 */
public final class GanLoss {
    private GanLoss() {}

    /**
     * Binary cross-entropy of logits x against a target probability t, as PyTorch's
     * BCEWithLogitsLoss: softplus(x) - t x, which never takes the log of a rounded sigmoid.
     */
    public static NDArray bceWithLogits(NDArray logits, NDArray target) {
        return Activation.softPlus(logits).sub(logits.mul(target)).mean();
    }

    /**
     * The VAE-GAN's learned reconstruction distance (the course's Dis_l likelihood): half the
     * sum of squared differences between the discriminator's features of the reconstructions
     * and of the originals, per image, averaged over the batch.
     */
    public static NDArray featureDistance(NDArray features, NDArray targetFeatures, DeviceScalars scalars) {
        int[] perImage = new int[features.getShape().dimension() - 1];
        for (int i = 0; i < perImage.length; i++) {
            perImage[i] = i + 1;
        }
        return features.sub(targetFeatures).square().sum(perImage).mean().mul(scalars.of(0.5f));
    }

    /**
     * The share of images the discriminator places right: real ones above logit 0, fakes
     * below. For metrics that are read anyway, so its constants may come from the host.
     */
    public static NDArray accuracy(NDArray realLogits, NDArray fakeLogits) {
        return realLogits.gt(0f).toType(realLogits.getDataType(), false).mean()
                .add(fakeLogits.lt(0f).toType(fakeLogits.getDataType(), false).mean())
                .div(2f);
    }
}
