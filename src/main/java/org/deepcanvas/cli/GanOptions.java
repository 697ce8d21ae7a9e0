package org.deepcanvas.cli;

import org.deepcanvas.lab.gan.GanSettings;
import org.deepcanvas.nn.gan.GanArchitecture;
import picocli.CommandLine.Option;

/** The networks and training settings of `deepcanvas gan`. */
final class GanOptions {
    @Option(names = "--kind", defaultValue = "dcgan", paramLabel = "dcgan|vaegan",
            description = "a DCGAN, or a VAE-GAN that can also encode images (default ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--code-size", description = "latent code size, 2..256 (default 100 for dcgan, 64 for vaegan)")
    Integer codeSize;

    @Option(names = "--filters", defaultValue = "32",
            description = "the discriminator's first filter count, doubled per level; the generator mirrors it (default ${DEFAULT-VALUE})")
    int filters;

    @Option(names = "--batch", defaultValue = "64", description = "real images per step (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--g-rate", defaultValue = "0.0002", description = "the generator's Adam step size (default ${DEFAULT-VALUE})")
    float generatorRate;

    @Option(names = "--d-rate", defaultValue = "0.0002",
            description = "the discriminator's Adam step size (default ${DEFAULT-VALUE})")
    float discriminatorRate;

    @Option(names = "--smoothing", defaultValue = "0",
            description = "one-sided label smoothing: real images' target is 1 minus this, 0..0.5 (default ${DEFAULT-VALUE})")
    float smoothing;

    @Option(names = "--margin", defaultValue = "0.2",
            description = "equilibrium balancing: a network skips its update while D's loss is this far from ln 2 (default ${DEFAULT-VALUE})")
    float margin;

    @Option(names = "--no-balance", description = "turn the equilibrium balancing off")
    boolean noBalance;

    @Option(names = "--gamma", defaultValue = "0.75",
            description = "vaegan: the decoder's weight of the learned reconstruction distance (default ${DEFAULT-VALUE})")
    float gamma;

    /** The --kind that makes this network, the inverse of the switch in {@link #settings}. */
    static String kindOf(GanArchitecture network) {
        return network.encodes() ? "vaegan" : "dcgan";
    }

    /** The settings the options describe, or a usage error naming the bad option. */
    GanSettings settings(Preflight checks) {
        return checks.settings(() -> {
            GanArchitecture architecture = switch (kind) {
                case "dcgan" -> GanArchitecture.dcgan();
                case "vaegan" -> GanArchitecture.vaeGan();
                default -> throw new IllegalArgumentException("--kind must be dcgan or vaegan, not " + kind);
            };
            if (codeSize != null) {
                architecture = architecture.withCodeSize(codeSize);
            }
            return GanSettings.of(architecture.withFilters(filters))
                    .withRates(generatorRate, discriminatorRate)
                    .withBatchSize(batch)
                    .withLabelSmoothing(smoothing)
                    .withBalancing(!noBalance, margin)
                    .withGamma(gamma);
        });
    }
}
