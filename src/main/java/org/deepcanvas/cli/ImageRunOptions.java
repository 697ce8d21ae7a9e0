package org.deepcanvas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageLoader;
import org.deepcanvas.image.UnusableImageException;
import org.deepcanvas.lab.imageopt.ImageSettings;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.lab.imageopt.StepMethod;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.layers.Layer;
import org.deepcanvas.nn.library.Catalog;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.InstalledModel;
import org.deepcanvas.nn.library.ModelStore;
import org.deepcanvas.export.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options deep dream and guided hallucination share: network, size, pyramid, step,
 * jitter, blur, seed and outputs, with the checks that run before any work starts.
 */
final class ImageRunOptions {
    /** Dreams with VGG-16 when it is installed; otherwise with this embedded network. */
    static final String VGG16 = "vgg16";

    @Option(names = "--net", paramLabel = "ID",
            description = "feature network (default: vgg16 when installed, else the embedded Fashion-MNIST net)")
    String network;

    @Option(names = "--size", paramLabel = "PX", defaultValue = "256",
            description = "longest side of the result, 32 to 1024 (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--octaves", paramLabel = "N", description = "pyramid octaves (default: dream 6, guide 4)")
    Integer octaves;

    @Option(names = "--octave-scale", paramLabel = "F", description = "size ratio between octaves (default: dream 1.5, guide 1.4)")
    Float octaveScale;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "10",
            description = "steps per octave (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--step", paramLabel = "F", defaultValue = "0.01",
            description = "how far pixels (0..1) move per step (default ${DEFAULT-VALUE})")
    float step;

    @Option(names = "--jitter", paramLabel = "PX", defaultValue = "16",
            description = "random shift before each step, undone after (default ${DEFAULT-VALUE})")
    int jitter;

    @Option(names = "--blur", paramLabel = "SIGMA", defaultValue = "0.5",
            description = "Gaussian blur of the gradient in pixels, 0 for none (default ${DEFAULT-VALUE})")
    float blur;

    @Option(names = "--decay", paramLabel = "F", defaultValue = "1",
            description = "fade towards grey per step, e.g. 0.998; 1 for none (default ${DEFAULT-VALUE})")
    float decay;

    @Option(names = "--keep-colours",
            description = "change the picture's brightness only, keeping its colours (always so with a grey network)")
    boolean keepColours;

    @Mixin
    ImageOutputs outputs;

    OptimiserSettings optimiser(Preflight checks) {
        return checks.settings(() -> new OptimiserSettings(StepMethod.NORMALISED_MEAN_ABS, step, jitter, blur, 1,
                OptimiserSettings.BlurTarget.GRADIENT, decay, true, keepColours));
    }

    /** The pyramid asked for, with the command's own pyramid ({@code defaults}) where no option says otherwise. */
    OctaveSettings octaveSettings(Preflight checks, OctaveSettings defaults) {
        return checks.settings(() -> new OctaveSettings(octaves == null ? defaults.octaves() : octaves,
                octaveScale == null ? defaults.scale() : octaveScale, iterations));
    }

    /** What provenance records of the network: its weights file and hash when installed, else "embedded". */
    static Provenance.Network provenanceOf(ModelLibrary library, String id) throws IOException {
        Optional<InstalledModel> installed = library.store().find(id);
        if (installed.isEmpty()) {
            return new Provenance.Network(id, "embedded in DeepCanvas", null);
        }
        boolean module = installed.get().arch().equals(ModelStore.TORCHSCRIPT);
        return Provenance.Network.fromFile(id, module ? library.store().module(id) : library.store().weights(id));
    }

    /** The model library and the network a run uses. */
    record Network(ModelLibrary library, String id) {}

    /**
     * Checks the size and outputs, then opens the library and picks the network: as given,
     * else VGG-16 when installed, else the embedded Fashion-MNIST net.
     */
    Network prepare(Preflight checks) throws IOException {
        checks.range("--size", size, ImageSettings.MIN_SIZE, ImageSettings.MAX_SIZE);
        outputs.check(checks);
        ModelLibrary library = new ModelLibrary(Catalog.load(null), ModelStore.standard());
        if (network != null) {
            return new Network(library, network);
        }
        return new Network(library, library.store().find(VGG16).isPresent() ? VGG16 : ModelLibrary.FASHION);
    }

    /**
     * The network's architecture, so layer names can be checked before any work; empty for a
     * TorchScript module, whose layers are known only by running it.
     */
    static Optional<Architecture> architecture(CommandLine commandLine, ModelLibrary library, String network)
            throws IOException {
        if (library.store().find(network).map(m -> m.arch().equals(ModelStore.TORCHSCRIPT)).orElse(false)) {
            return Optional.empty();
        }
        try {
            return Optional.of(library.architecture(network));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }

    static void checkLayer(CommandLine commandLine, Architecture architecture, String layer) {
        List<String> names = architecture.layers().stream().map(Layer::name).toList();
        if (!names.contains(layer)) {
            throw new ParameterException(commandLine, "no layer \"" + layer + "\" in " + architecture.displayName()
                    + "; its layers are " + String.join(", ", names));
        }
    }

    /** The picture in a file, loaded large enough for the output size; a failure names the file. */
    ArgbImage picture(Path file) throws IOException {
        return picture(file, size);
    }

    /** The picture in a file, its shorter side at least {@code side} where it has the pixels; a failure names the file. */
    static ArgbImage picture(Path file, int side) throws IOException {
        try {
            return ImageLoader.load(file, side).image();
        } catch (UnusableImageException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

}
