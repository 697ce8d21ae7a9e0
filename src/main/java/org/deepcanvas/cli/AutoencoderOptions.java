package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.deepcanvas.lab.autoencode.AutoencodeRecord;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.Corruption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The model, data and training options shared by `autoencode` and `bench autoencode`. */
final class AutoencoderOptions {
    @Mixin
    TrainingSetOptions images;

    @Option(names = "--kind", defaultValue = "fc", paramLabel = "fc|conv|vae|conv-vae",
            description = "fully connected, convolutional, or variational (on either) (default ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--layers", split = ",", paramLabel = "N", splitSynopsisLabel = ",",
            description = "encoder widths or filters (default 512,256,128,64 for fc, 16,16,16 for conv)")
    List<Integer> layers;

    @Option(names = "--code-size", defaultValue = "2", paramLabel = "N",
            description = "latent code size, 1 to 64 (default ${DEFAULT-VALUE})")
    int codeSize;

    @Option(names = "--denoise", defaultValue = "0", paramLabel = "LEVEL",
            description = "corrupt inputs: masking share or Gaussian sigma, 0 to 1 (default ${DEFAULT-VALUE}: off)")
    float denoise;

    @Option(names = "--noise", defaultValue = "masking", paramLabel = "NAME",
            description = "with --denoise: masking or gaussian (default ${DEFAULT-VALUE})")
    Corruption noise;

    @Option(names = "--kl-weight", defaultValue = "1", paramLabel = "WEIGHT",
            description = "VAE: weight of the KL term, 0 or more (default ${DEFAULT-VALUE})")
    float klWeight;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
            description = "images per step, 1 to 10000 (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--learning-rate", defaultValue = "0.001", paramLabel = "RATE",
            description = "Adam step size, above 0 and up to 1 (default ${DEFAULT-VALUE})")
    float learningRate;

    /** The --kind that makes this network, the inverse of the switch in {@link #settings}. */
    static String kindOf(AutoencoderArchitecture network) {
        return AutoencodeRecord.networkId(network);
    }

    /** Checks the data options and returns the settings they describe, or a usage error naming the bad option. */
    AutoencodeSettings settings(Preflight checks) {
        images.check(checks);
        return checks.settings(() -> {
            AutoencoderArchitecture architecture = switch (kind) {
                case "fc" -> AutoencoderArchitecture.fullyConnected();
                case "conv" -> AutoencoderArchitecture.convolutional();
                case "vae" -> AutoencoderArchitecture.fullyConnected().withVariational(true);
                case "conv-vae" -> AutoencoderArchitecture.convolutional().withVariational(true);
                default -> throw new IllegalArgumentException("--kind must be fc, conv, vae or conv-vae, not " + kind);
            };
            architecture = architecture.withCodeSize(codeSize);
            if (layers != null) {
                architecture = architecture.withLayers(layers);
            }
            return AutoencodeSettings.of(architecture)
                    .withNoise(denoise > 0 ? noise : Corruption.NONE, denoise)
                    .withKlWeight(klWeight)
                    .withLearningRate(learningRate)
                    .withBatchSize(batch);
        });
    }

    /** Fashion-MNIST, or a folder's images split by {@code seed}; call after {@link #settings}. */
    TrainingSetOptions.TrainingImages data(PrintWriter err, long seed) throws IOException {
        return images.load(err, seed, false);
    }

    /** These options as a result's provenance records them (how a folder's images were prepared). */
    Map<String, Object> provenance() {
        return images.provenance(false);
    }
}
