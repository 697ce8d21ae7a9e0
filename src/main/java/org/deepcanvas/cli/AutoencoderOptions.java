package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.data.ImportResult;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.lab.autoencode.AutoencodeRecord;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.Corruption;
import picocli.CommandLine.Option;

/** The model, data and training options shared by `autoencode` and `bench autoencode`. */
final class AutoencoderOptions {
    static final String FASHION = "fashion";
    /** The provenance role of the training images. */
    static final String ROLE = AutoencodeRecord.DATASET;

    @Option(names = "--dataset", defaultValue = "fashion", paramLabel = "fashion|DIR",
            description = "the bundled Fashion-MNIST subset or a folder of images (default ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--size", defaultValue = "28", description = "DIR: image side, 28..64 (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--colour", description = "DIR: keep colour (default: grey)")
    boolean colour;

    @Option(names = "--limit", defaultValue = "2000", description = "DIR: at most this many images (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--kind", defaultValue = "fc", paramLabel = "fc|conv|vae|conv-vae",
            description = "fully connected, convolutional, or variational (on either) (default ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--layers", split = ",", paramLabel = "N,N,...",
            description = "encoder widths or filters (default 512,256,128,64 for fc, 16,16,16 for conv)")
    List<Integer> layers;

    @Option(names = "--code-size", defaultValue = "2", description = "latent code size, 1..64 (default ${DEFAULT-VALUE})")
    int codeSize;

    @Option(names = "--denoise", defaultValue = "0", paramLabel = "LEVEL",
            description = "corrupt inputs: masking share or Gaussian sigma, 0..1 (default ${DEFAULT-VALUE}: off)")
    float denoise;

    @Option(names = "--noise", defaultValue = "MASKING", description = "MASKING or GAUSSIAN (default ${DEFAULT-VALUE})")
    Corruption noise;

    @Option(names = "--kl-weight", defaultValue = "1", description = "weight of the KL term (default ${DEFAULT-VALUE})")
    float klWeight;

    @Option(names = "--batch", defaultValue = "100", description = "images per step (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--learning-rate", defaultValue = "0.001", description = "Adam step size (default ${DEFAULT-VALUE})")
    float learningRate;

    /** The --kind that makes this network, the inverse of the switch in {@link #settings}. */
    static String kindOf(AutoencoderArchitecture network) {
        return AutoencodeRecord.networkId(network);
    }

    /** Checks the data options and returns the settings they describe, or a usage error naming the bad option. */
    AutoencodeSettings settings(Preflight checks) {
        checks.range("--size", size, TrainingSet.MIN_SIDE, TrainingSet.MAX_SIDE)
                .range("--limit", limit, 1, ImportSettings.MAX_LIMIT);
        if (!dataset.equals(FASHION)) {
            checks.inputFolder("--dataset", Path.of(dataset));
        }
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

    /** The images to train on and the input they came from, for the provenance. */
    record TrainingImages(TrainingSet data, InputFile input) {}

    /**
     * Fashion-MNIST, or a folder's images split by {@code seed} (skipped files listed on
     * {@code err}); call after {@link #settings} has checked the options.
     */
    TrainingImages data(PrintWriter err, long seed) throws IOException {
        if (dataset.equals(FASHION)) {
            return new TrainingImages(TrainingSet.fashionMnist(), InputFile.bundled(ROLE, FashionMnist.BUNDLED));
        }
        Path folder = Path.of(dataset);
        // the importer keeps at least 32 px; the dataset then resizes to --size
        ImportSettings importing = new ImportSettings(Math.max(ImportSettings.MIN_SIZE, size), limit);
        ImportResult imported = FolderImport.images(List.of(folder), importing, err);
        return new TrainingImages(TrainingSet.fromImages(imported.dataset().images(), size, colour, seed),
                FolderImport.provenance(ROLE, List.of(folder), imported).get(0));
    }

    /** These options as a result's provenance records them (how a folder's images were prepared). */
    Map<String, Object> provenance() {
        return dataset.equals(FASHION) ? Map.of() : Map.of("size", size, "colour", colour, "limit", limit);
    }
}
