package org.deepcanvas.ui.imageopt;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.deepcanvas.nn.library.ModelLibrary;

/**
 * A network's layers to choose from, each shown with its output shape for a picture of the
 * network's own input size (224 px for VGG, 28 for the Fashion-MNIST net) and what it is
 * good for ("relu4_3 (1, 512, 28, 28) dream"). A TorchScript module's layers are known
 * only by running it, so for one the name is typed.
 */
public final class LayerList extends ComboBox<String> {
    private final Map<String, ModelLibrary.LayerInfo> infos = new LinkedHashMap<>();
    private List<String> labels = List.of();

    public LayerList() {
        setPrefWidth(200);
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String layer, boolean empty) {
                super.updateItem(layer, empty);
                setText(empty || layer == null ? null : describe(layer));
            }
        });
    }

    /** Lists the layers of network {@code id}, choosing its first dream layer. */
    public void show(String id, ModelLibrary library) {
        infos.clear();
        String dreamLayer = null;
        try {
            int side = library.inputSize(id);
            setTooltip(new Tooltip("Shapes are (batch, channels, height, width) for a " + side + " px picture"));
            for (ModelLibrary.LayerInfo info : library.layers(id, side)) {
                infos.put(info.name(), info);
                if (dreamLayer == null && info.uses().contains("dream")) {
                    dreamLayer = info.name();
                }
            }
            labels = library.architecture(id).labels();
            setEditable(false);
        } catch (IOException | IllegalArgumentException e) {
            labels = List.of();
            setEditable(true);
        }
        getItems().setAll(infos.keySet());
        setValue(dreamLayer != null ? dreamLayer : getItems().isEmpty() ? null : getItems().get(getItems().size() - 1));
    }

    /** The channels of the chosen layer, 0 when unknown. */
    public int channels() {
        ModelLibrary.LayerInfo info = getValue() == null ? null : infos.get(getValue());
        return info == null || info.shape().dimension() < 2 ? 0 : (int) info.shape().get(1);
    }

    /** The class names of the network's classifier; empty without one. */
    public List<String> labels() {
        return labels;
    }

    private String describe(String layer) {
        ModelLibrary.LayerInfo info = infos.get(layer);
        if (info == null) {
            return layer;
        }
        return layer + "  " + info.shape() + (info.uses().isEmpty() ? "" : "  " + info.uses());
    }
}
