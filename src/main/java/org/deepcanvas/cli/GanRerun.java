package org.deepcanvas.cli;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.lab.gan.GanSettings;
import org.deepcanvas.nn.gan.GanArchitecture;

/** Reruns a GAN's sample grid: `gan` with its data, networks, training settings and iterations. */
final class GanRerun implements RerunRecipe {
    @Override
    public String experiment() {
        return GanCommand.EXPERIMENT;
    }

    @Override
    public List<String> arguments(Provenance provenance, RerunInputs inputs) {
        GanSettings settings = provenance.settingsAs(GanSettings.class);
        GanArchitecture network = settings.architecture();
        JsonObject options = provenance.options();
        List<String> arguments = new ArrayList<>();
        TrainingSetOptions.rerunArguments(options, inputs, arguments);
        Reruns.copy(options, "gif-frames", arguments);
        arguments.addAll(List.of(
                "--iterations", Long.toString(Reruns.step(provenance)),
                "--seed", Long.toString(Reruns.seed(provenance)),
                "--kind", GanOptions.kindOf(network),
                "--code-size", Integer.toString(network.codeSize()),
                "--filters", Integer.toString(network.filters()),
                "--batch", Integer.toString(settings.batchSize()),
                "--g-rate", Float.toString(settings.generatorRate()),
                "--d-rate", Float.toString(settings.discriminatorRate()),
                "--smoothing", Float.toString(settings.labelSmoothing()),
                "--margin", Float.toString(settings.margin()),
                "--gamma", Float.toString(settings.gamma())));
        if (!settings.balanced()) {
            arguments.add("--no-balance");
        }
        return arguments;
    }

    @Override
    public String pngOption() {
        return "--grid";
    }

    @Override
    public String gifOption() {
        return "--gif";
    }
}
