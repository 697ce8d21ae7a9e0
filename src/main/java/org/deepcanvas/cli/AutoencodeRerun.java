package org.deepcanvas.cli;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.Corruption;

/** Reruns an autoencoder's manifold: `autoencode` with its data, network, training settings and epochs. */
final class AutoencodeRerun implements RerunRecipe {
    /** What `autoencode` always uses; results with other values came from elsewhere. */
    private static final AutoencodeSettings COMMAND_DEFAULTS = AutoencodeSettings.defaults();
    private static final int COMMAND_KERNEL = AutoencoderArchitecture.convolutional().kernelSize();

    @Override
    public String experiment() {
        return AutoencodeCommand.EXPERIMENT;
    }

    @Override
    public List<String> arguments(Provenance provenance, RerunInputs inputs) {
        AutoencodeSettings settings = provenance.settingsAs(AutoencodeSettings.class);
        AutoencoderArchitecture network = settings.architecture();
        requireCommandCanSet(network.kind() != AutoencoderArchitecture.Kind.CONVOLUTIONAL
                || network.kernelSize() == COMMAND_KERNEL, "a kernel size of " + network.kernelSize());
        requireCommandCanSet(settings.previewCount() == COMMAND_DEFAULTS.previewCount(),
                settings.previewCount() + " preview images");
        JsonObject options = provenance.options();
        List<String> arguments = new ArrayList<>();
        TrainingSetOptions.rerunArguments(options, inputs, arguments);
        if (!options.has("epochs")) {
            throw new CommandFailure("the result records no epoch count; rerun needs it");
        }
        Reruns.copy(options, "epochs", arguments);
        Reruns.copy(options, "grid", arguments);
        Reruns.copy(options, "radius", arguments);
        Reruns.copy(options, "gif-frames", arguments);
        Reruns.flag(options, "gif-manifold", arguments);
        arguments.addAll(List.of(
                "--seed", Long.toString(Reruns.seed(provenance)),
                "--kind", AutoencoderOptions.kindOf(network),
                "--layers", network.layers().stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--code-size", Integer.toString(network.codeSize()),
                "--denoise", Float.toString(settings.corruption() == Corruption.NONE ? 0f : settings.noiseLevel()),
                "--noise", (settings.corruption() == Corruption.NONE ? Corruption.MASKING : settings.corruption()).name(),
                "--kl-weight", Float.toString(settings.klWeight()),
                "--batch", Integer.toString(settings.batchSize()),
                "--learning-rate", Float.toString(settings.learningRate())));
        return arguments;
    }

    @Override
    public String pngOption() {
        return "--manifold";
    }

    private static void requireCommandCanSet(boolean possible, String what) {
        if (!possible) {
            throw new CommandFailure("the result's autoencoder has " + what + ", which `autoencode` cannot set");
        }
    }
}
