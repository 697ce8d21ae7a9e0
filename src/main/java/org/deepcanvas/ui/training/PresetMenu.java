package org.deepcanvas.ui.training;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.deepcanvas.export.Presets;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.ui.shell.Messages;
import org.deepcanvas.ui.shell.Prompts;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/** "Presets": save the pane's settings under a name, load or delete saved ones. */
final class PresetMenu extends MenuButton {
    private final String experiment;
    private final Presets presets;
    private final Prompts prompts;
    private final StringProperty status;
    private final Supplier<Provenance> current;
    private final Consumer<Provenance> restore;

    PresetMenu(String experiment, Presets presets, Prompts prompts, StringProperty status,
               Supplier<Provenance> current, Consumer<Provenance> restore) {
        super("Presets", new FontIcon(MaterialDesignB.BOOKMARK_OUTLINE));
        this.experiment = experiment;
        this.presets = presets;
        this.prompts = prompts;
        this.status = status;
        this.current = current;
        this.restore = restore;
        setId(experiment + "-presets");
        setTooltip(new Tooltip("Save these settings under a name, or go back to saved ones"));
        setOnShowing(e -> refill());
        refill();
    }

    /** Asks for a name and saves the current settings under it. */
    void saveCurrent() {
        prompts.name("Save a preset", "Name for these settings:", "").ifPresent(name -> {
            try {
                presets.save(name, current.get());
                status.set("Saved the preset \"" + name + "\"");
            } catch (IOException | IllegalArgumentException e) {
                status.set("Cannot save the preset: " + Messages.rootCause(e));
            }
        });
    }

    /** Loads a saved preset into the pane. */
    void load(String name) {
        try {
            restore.accept(presets.load(experiment, name));
        } catch (IOException | IllegalArgumentException e) {
            status.set("Cannot load the preset \"" + name + "\": " + Messages.rootCause(e));
        }
    }

    private void refill() {
        MenuItem save = new MenuItem("Save current settings…");
        save.setOnAction(e -> saveCurrent());
        getItems().setAll(save);
        List<String> names;
        try {
            names = presets.names(experiment);
        } catch (IOException e) {
            status.set("Cannot list the presets: " + Messages.rootCause(e));
            return;
        }
        if (names.isEmpty()) {
            return;
        }
        getItems().add(new SeparatorMenuItem());
        Menu delete = new Menu("Delete");
        for (String name : names) {
            MenuItem load = new MenuItem(name);
            load.setOnAction(e -> load(name));
            getItems().add(load);
            MenuItem remove = new MenuItem(name);
            remove.setOnAction(e -> delete(name));
            delete.getItems().add(remove);
        }
        getItems().addAll(new SeparatorMenuItem(), delete);
    }

    private void delete(String name) {
        try {
            presets.delete(experiment, name);
            status.set("Deleted the preset \"" + name + "\"");
        } catch (IOException e) {
            status.set("Cannot delete the preset: " + Messages.rootCause(e));
        }
    }
}
