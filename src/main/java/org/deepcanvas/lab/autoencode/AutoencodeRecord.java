package org.deepcanvas.lab.autoencode;

import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;

/**
 * The names an autoencoder result's provenance uses, shared by the Autoencoders pane and
 * the autoencode command so that both write the same record.
 */
public final class AutoencodeRecord {
    /** The experiment's name in provenance, and the command's. */
    public static final String EXPERIMENT = "autoencode";
    /** The role of the training images. */
    public static final String DATASET = "dataset";

    private AutoencodeRecord() {}

    /** The network's short name, the command's --kind: fc, conv, vae or conv-vae. */
    public static String networkId(AutoencoderArchitecture network) {
        boolean convolutional = network.kind() == AutoencoderArchitecture.Kind.CONVOLUTIONAL;
        if (network.variational()) {
            return convolutional ? "conv-vae" : "vae";
        }
        return convolutional ? "conv" : "fc";
    }
}
