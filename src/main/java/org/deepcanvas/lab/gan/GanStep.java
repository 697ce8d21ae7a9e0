package org.deepcanvas.lab.gan;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.deepcanvas.nn.gan.GanLoss;
import org.deepcanvas.runtime.HostRead;

/**
 * One step's losses as device arrays, read only when someone wants the numbers (reading waits
 * for the device). {@code reconstruction} and {@code kl} are null unless the GAN is a VAE-GAN.
 *
 * @param discriminator the discriminator's loss: the mean of its losses on real and fake images
 * @param generator the generator's adversarial loss (non-saturating: -log D(fake))
 * @param realLogits the discriminator's logits for the real batch
 * @param fakeLogits its logits for the fakes (a VAE-GAN's reconstructions)
 * @param reconstruction the VAE-GAN's learned reconstruction distance
 * @param kl the VAE-GAN encoder's KL term
 */
public record GanStep(NDArray discriminator, NDArray generator, NDArray realLogits, NDArray fakeLogits,
                      NDArray reconstruction, NDArray kl) {
    public static final String DISCRIMINATOR = "D loss";
    public static final String GENERATOR = "G loss";
    public static final String ACCURACY = "D accuracy";
    public static final String RECONSTRUCTION = "reconstruction";
    public static final String KL = "kl";

    /** The metrics, each read lazily; the accuracy is only computed when read (a read waits for the device anyway). */
    public Map<String, DoubleSupplier> metrics() {
        Map<String, DoubleSupplier> metrics = new LinkedHashMap<>();
        metrics.put(DISCRIMINATOR, () -> HostRead.scalar(discriminator));
        metrics.put(GENERATOR, () -> HostRead.scalar(generator));
        metrics.put(ACCURACY, () -> HostRead.scalar(GanLoss.accuracy(realLogits, fakeLogits)));
        if (reconstruction != null) {
            metrics.put(RECONSTRUCTION, () -> HostRead.scalar(reconstruction));
            metrics.put(KL, () -> HostRead.scalar(kl));
        }
        return metrics;
    }
}
