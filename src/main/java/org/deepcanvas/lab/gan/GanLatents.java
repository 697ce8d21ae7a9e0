package org.deepcanvas.lab.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.deepcanvas.lab.latent.LatentDecoder;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.gan.GanNetwork;

/**
 * A GAN seen from its latent space: the generator (images mapped from [-1, 1] to [0, 1]) and,
 * for a VAE-GAN, the encoder's means. Not training: batch norm uses its running statistics,
 * so a single hovered code decodes as it would in a batch.
 */
public record GanLatents(GanNetwork network) implements LatentDecoder {

    /** The latent tools over the networks (compute thread). */
    public static LatentExplorer explorer(GanNetwork network, NDManager manager) {
        GanLatents latents = new GanLatents(network);
        return network.architecture().encodes()
                ? new LatentExplorer(latents, latents::encode, manager)
                : LatentExplorer.decoderOnly(latents, manager);
    }

    @Override
    public int codeSize() {
        return network.architecture().codeSize();
    }

    @Override
    public ImageShape imageShape() {
        return network.imageShape();
    }

    @Override
    public NDArray decode(NDArray codes) {
        return network.generate(codes, false).add(1f).div(2f);
    }

    /** The codes of images in [0, 1]. */
    public NDArray encode(NDArray images) {
        return network.encode(images.mul(2f).sub(1f), false).mean();
    }
}
