package org.deepcanvas.cli;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.lab.paint.PaintRecord;
import org.deepcanvas.lab.paint.PaintSettings;

/** Reruns a painting: `paint` with its image or folder, size, seed, steps and every setting. */
final class PaintRerun implements RerunRecipe {
    private static final int DEFAULT_SIZE = 100;

    @Override
    public String experiment() {
        return PaintCommand.EXPERIMENT;
    }

    @Override
    public List<String> arguments(Provenance provenance, RerunInputs inputs) {
        PaintSettings settings = provenance.settingsAs(PaintSettings.class);
        JsonElement size = provenance.options().get(PaintRecord.SIZE);
        List<String> arguments = new ArrayList<>();
        if (inputs.has(PaintTargets.IMAGE)) {
            arguments.addAll(List.of("--image", inputs.path(PaintTargets.IMAGE).toString()));
        } else {
            arguments.addAll(List.of("--dataset", inputs.path(PaintTargets.DATASET).toString()));
        }
        arguments.addAll(List.of(
                "--size", Integer.toString(size == null ? DEFAULT_SIZE : size.getAsInt()),
                "--iterations", Long.toString(Reruns.step(provenance)),
                "--seed", Long.toString(Reruns.seed(provenance)),
                "--layers", Integer.toString(settings.hiddenLayers()),
                "--width", Integer.toString(settings.layerWidth()),
                "--activation", settings.activation().name(),
                "--learning-rate", Double.toString(settings.learningRate()),
                "--batch", Integer.toString(settings.batchSize()),
                "--loss", settings.loss().name(),
                "--draw-every", Integer.toString(settings.drawInterval()),
                "--render-size", Integer.toString(settings.renderSize())));
        return arguments;
    }
}
