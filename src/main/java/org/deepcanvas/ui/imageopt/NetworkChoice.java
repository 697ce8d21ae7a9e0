package org.deepcanvas.ui.imageopt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.deepcanvas.lab.imageopt.ImageSettings;
import org.deepcanvas.nn.library.Catalog;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelStore;
import org.deepcanvas.ui.controls.SidePanel;

/**
 * The network (any the library has: the embedded ones, installed VGG, imported TorchScript)
 * and the output size of an image optimisation; changing either restarts the run.
 */
public final class NetworkChoice extends VBox {
    private final ModelLibrary library;
    private final ComboBox<String> network = new ComboBox<>();
    private final Spinner<Integer> size;

    public NetworkChoice(String id, String initialNetwork, int initialSize, Consumer<String> onNetwork,
                         Consumer<Integer> onSize) {
        this(id, initialNetwork, initialSize, ImageSettings.MAX_SIZE, onNetwork, onSize);
    }

    /** @param maxSize the largest output side offered (the style net goes to 2048 by multi-resolution) */
    public NetworkChoice(String id, String initialNetwork, int initialSize, int maxSize, Consumer<String> onNetwork,
                         Consumer<Integer> onSize) {
        super(8);
        library = openLibrary();
        network.getItems().setAll(usableNetworks(library));
        if (!network.getItems().contains(initialNetwork)) {
            network.getItems().add(0, initialNetwork);
        }
        network.setValue(initialNetwork);
        network.setId(id + "-network");
        network.setPrefWidth(170);
        network.setTooltip(new Tooltip("The embedded nets work offline; install VGG-16/19 in File > Models… for the classic dreams"));
        network.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                onNetwork.accept(chosen);
            }
        });
        size = SidePanel.spinner(ImageSettings.MIN_SIZE, maxSize, initialSize, 32);
        size.setId(id + "-size");
        size.setTooltip(new Tooltip("Longest side of the result in pixels (up to " + maxSize + ")"));
        size.valueProperty().addListener((obs, old, px) -> onSize.accept(px));
        getChildren().addAll(SidePanel.row("Network", network), SidePanel.row("Size (px)", size));
    }

    public ModelLibrary library() {
        return library;
    }

    public void display(String id, int px) {
        if (!network.getItems().contains(id)) {
            network.getItems().add(id);
        }
        network.setValue(id);
        size.getValueFactory().setValue(px);
    }

    private static ModelLibrary openLibrary() {
        try {
            return new ModelLibrary(Catalog.load(null), ModelStore.standard());
        } catch (IOException e) {
            throw new IllegalStateException("the model library cannot open: " + e.getMessage(), e);
        }
    }

    /** Embedded and installed networks: the ones a run can open now. */
    private static List<String> usableNetworks(ModelLibrary library) {
        List<String> ids = new ArrayList<>();
        try {
            for (ModelLibrary.Listing listing : library.list()) {
                if (listing.status() != ModelLibrary.Status.AVAILABLE) {
                    ids.add(listing.id());
                }
            }
        } catch (IOException e) {
            ids.add(ModelLibrary.FASHION);
            ids.add(ModelLibrary.RANDOM_TEXTURE);
        }
        return ids;
    }
}
