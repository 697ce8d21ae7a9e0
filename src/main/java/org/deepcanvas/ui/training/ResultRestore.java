package org.deepcanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Spinner;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.ui.shell.Messages;

/** Puts a pane back into what a result or a preset records: settings, seed, and the wells' images. */
final class ResultRestore {
    private ResultRestore() {}

    /** @return the status line: what was restored, and what could not be */
    static <S extends Record> String restore(String pane, Provenance provenance, SettingsControls<S> controls,
                                             Spinner<Integer> seed, List<ImageWell> wells) {
        S settings;
        try {
            settings = Objects.requireNonNull(provenance.settingsAs(controls.type()), "no settings");
        } catch (RuntimeException e) {
            return "Cannot restore " + pane + ": its settings are not usable (" + Messages.rootCause(e) + ")";
        }
        controls.show(settings);
        if (provenance.seed() != null && provenance.seed() >= 0 && provenance.seed() <= Integer.MAX_VALUE) {
            seed.getValueFactory().setValue(provenance.seed().intValue());
        }
        List<String> problems = new ArrayList<>();
        for (ImageWell well : wells) {
            provenance.inputs().stream().filter(input -> input.role().equals(well.role())).findFirst()
                    .flatMap(well::restore).ifPresent(problems::add);
        }
        return "Restored the settings of " + pane + (problems.isEmpty() ? "" : "; " + String.join("; ", problems))
                + ". A new seed or network applies at the next Start.";
    }
}
