package org.deepcanvas.ui.training;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.VBox;

/**
 * A pane's settings record as controls. The controls call {@link #change} when the user
 * moves one; {@link #show} puts any record of the type back into them (Reset to
 * defaults, a preset, a restored result), and the settings then change once, to exactly
 * that record.
 *
 * @param <S> the experiment's settings record, the same one the CLI writes into provenance
 */
public abstract class SettingsControls<S extends Record> extends VBox {
    private final Class<S> type;
    private final S defaults;
    private final ReadOnlyObjectWrapper<S> settings;
    private boolean showing;

    protected SettingsControls(Class<S> type, S defaults) {
        this.type = type;
        this.defaults = defaults;
        this.settings = new ReadOnlyObjectWrapper<>(defaults);
        setSpacing(8);
    }

    public final Class<S> type() {
        return type;
    }

    public final S defaults() {
        return defaults;
    }

    public final ReadOnlyObjectProperty<S> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public final S settings() {
        return settings.get();
    }

    /** Sets every control to the record's values; the controls' own listeners stay quiet meanwhile. */
    public final void show(S record) {
        showing = true;
        try {
            display(record);
        } finally {
            showing = false;
        }
        settings.set(record);
    }

    /** Puts the record's values into the controls. */
    protected abstract void display(S record);

    /** Applies a user's edit to the settings (ignored while {@link #show} fills the controls). */
    protected final void change(UnaryOperator<S> edit) {
        if (!showing) {
            settings.set(edit.apply(settings.get()));
        }
    }
}
