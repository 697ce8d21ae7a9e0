package org.deepcanvas.lab.autoencode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.deepcanvas.lab.latent.LatentDecoder;
import org.deepcanvas.lab.latent.LatentEncoder;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.autoencode.AutoencoderNetwork;

/** An autoencoder seen from its latent space: its decoder, and its encoder's means (a VAE's too). */
public record AutoencoderLatents(AutoencoderNetwork network) implements LatentDecoder, LatentEncoder {

    /** The latent tools over a network (compute thread). */
    public static LatentExplorer explorer(AutoencoderNetwork network, NDManager manager) {
        AutoencoderLatents latents = new AutoencoderLatents(network);
        return new LatentExplorer(latents, latents, manager);
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
        return network.decode(codes, false);
    }

    @Override
    public NDArray encode(NDArray images) {
        return network.encode(images, false).mean();
    }
}
