package org.deepcanvas.ui.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.control.Spinner;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.ui.shell.Messages;

/**
 * Puts a pane back into what a result or a preset records: settings, seed, and the wells'
 * images; wells sharing a role (the style net's styles) take that role's inputs in order.
 */
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
        Map<String, Integer> taken = new HashMap<>();
        for (ImageWell well : wells) {
            int index = taken.merge(well.role(), 1, Integer::sum) - 1;
            provenance.inputs().stream().filter(input -> input.role().equals(well.role())).skip(index).findFirst()
                    .flatMap(well::restore).ifPresent(problems::add);
        }
        return "Restored the settings of " + pane + (problems.isEmpty() ? "" : "; " + String.join("; ", problems))
                + ". A new seed or network applies at the next Start.";
    }
}
