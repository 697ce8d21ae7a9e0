package org.deepcanvas.ui.models;

import java.io.File;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Callback;
import org.deepcanvas.nn.Architectures;
import org.deepcanvas.nn.TorchScriptNet;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelLibrary.Listing;
import org.deepcanvas.nn.library.ModelLibrary.Status;
import org.deepcanvas.nn.library.Sizes;
import org.deepcanvas.nn.library.Variant;

/**
 * The Models dialog's content: networks on the left (install, cancel, remove, import),
 * the layer browser of the selected one on the right, progress and messages below.
 */
public final class ModelsView {
    private static final int DEFAULT_SIZE = 224;

    private final ModelsViewModel model;
    private final TableView<Listing> table = new TableView<>();
    private final Spinner<Integer> size = new Spinner<>(8, 2048, DEFAULT_SIZE, 16);

    public ModelsView(ModelsViewModel model) {
        this.model = model;
    }

    public Parent build() {
        table.setItems(model.models());
        table.setId("models-table");
        table.getColumns().setAll(List.of(
                column("Network", Listing::name, 230),
                column("Status", Listing::describeStatus, 170),
                column("Size", Listing::describeSize, 80),
                column("Pinned", Listing::describePin, 60),
                column("Licence", Listing::license, 160)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No networks: the model folder could not be read."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> select(selected));
        size.setEditable(true);
        size.valueProperty().addListener((obs, old, value) -> showLayers(table.getSelectionModel().getSelectedItem()));

        SplitPane split = new SplitPane(new VBox(8, table, buttons()), layerBrowser());
        split.setDividerPositions(0.62);
        VBox.setVgrow(table, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        bar.managedProperty().bind(model.busyProperty());
        bar.setPrefWidth(220);
        Label message = new Label();
        message.setId("models-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);

        BorderPane root = new BorderPane(split);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox status = new HBox(10, bar, cancel, message);
        status.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(status);
        root.setPadding(new Insets(10));
        BorderPane.setMargin(root.getBottom(), new Insets(8, 0, 0, 0));
        model.refresh();
        return root;
    }

    private FlowPane buttons() {
        Button features = installButton(Variant.FEATURES, "The convolutional layers only: all that Deep dream,"
                + " Guided hallucination and Style net read.", () -> selectedStatus() != Status.AVAILABLE);
        Button full = installButton(Variant.FULL, "The whole file, classifier included: needed to dream a class such"
                + " as \"goldfish\". Replaces a features-only install once it is verified.", this::fullFileUnavailable);

        Button remove = new Button("Remove");
        remove.setId("remove");
        remove.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> selectedStatus() != Status.INSTALLED, table.getSelectionModel().selectedItemProperty())));
        remove.setOnAction(e -> model.remove(selectedId()));

        Button unpin = new Button("Forget pin");
        unpin.setId("unpin");
        unpin.setTooltip(new Tooltip("The first verified install of this network is pinned: later downloads must"
                + " match it. Forget the pin only when you trust a changed file on the server."));
        unpin.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() -> {
            Listing selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !selected.pinned();
        }, table.getSelectionModel().selectedItemProperty())));
        unpin.setOnAction(e -> model.unpin(selectedId()));

        Button importFile = new Button("Import…");
        importFile.disableProperty().bind(model.busyProperty());
        importFile.setOnAction(e -> chooseImport());
        FlowPane buttons = new FlowPane(8, 8, features, full, remove, unpin, importFile);
        buttons.setPrefWrapLength(680);
        return buttons;
    }

    private Button installButton(Variant variant, String tooltip, Callable<Boolean> unavailable) {
        Button button = new Button();
        button.setId(variant == Variant.FEATURES ? "install-features" : "install-full");
        button.textProperty().bind(Bindings.createStringBinding(() -> installLabel(variant),
                table.getSelectionModel().selectedItemProperty()));
        button.setTooltip(new Tooltip(tooltip));
        button.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(unavailable,
                table.getSelectionModel().selectedItemProperty())));
        button.setOnAction(e -> model.install(selectedId(), variant));
        return button;
    }

    /** "Install features (~58.9 MB)": what the selected network's download weighs. */
    private String installLabel(Variant variant) {
        Listing selected = table.getSelectionModel().getSelectedItem();
        String label = variant == Variant.FEATURES ? "Install features" : "Install full file";
        if (selected == null) {
            return label;
        }
        long bytes = variant == Variant.FULL ? selected.fullSizeBytes()
                : selected.status() == Status.AVAILABLE ? selected.sizeBytes() : 0;
        return bytes > 0 ? label + " (~" + Sizes.describe(bytes) + ")" : label;
    }

    /** The full file can be installed for a catalogue network not installed yet, or installed with its features only. */
    private boolean fullFileUnavailable() {
        Listing selected = table.getSelectionModel().getSelectedItem();
        return selected == null || !(selected.status() == Status.AVAILABLE
                || selected.status() == Status.INSTALLED && selected.variant() == Variant.FEATURES);
    }

    private String selectedId() {
        return table.getSelectionModel().getSelectedItem().id();
    }

    private VBox layerBrowser() {
        TableView<ModelsViewModel.LayerRow> layers = new TableView<>(model.layers());
        layers.setId("layers-table");
        layers.getColumns().setAll(List.of(
                column("Layer", ModelsViewModel.LayerRow::name, 95),
                column("Output shape", ModelsViewModel.LayerRow::shape, 140),
                column("What", ModelsViewModel.LayerRow::description, 145),
                column("Default for", ModelsViewModel.LayerRow::uses, 90)));
        layers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        layers.setPlaceholder(new Label("Select a network to see its layers."));
        VBox.setVgrow(layers, Priority.ALWAYS);
        HBox sizeRow = new HBox(8, new Label("Layers for an input of"), size, new Label("px"));
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        VBox browser = new VBox(8, sizeRow, layers);
        browser.setPadding(new Insets(0, 0, 0, 8));
        return browser;
    }

    /** A newly selected network shows its layers at its own input size first. */
    private void select(Listing selected) {
        if (selected == null) {
            return;
        }
        int suggested = model.suggestedSize(selected.id());
        if (size.getValue() == suggested) {
            showLayers(selected);
        } else {
            size.getValueFactory().setValue(suggested);
        }
    }

    private void showLayers(Listing selected) {
        if (selected != null) {
            model.showLayers(selected.id(), size.getValue());
        }
    }

    private Status selectedStatus() {
        Listing selected = table.getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.status();
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a network");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Weights (.safetensors, .npz)", "*.safetensors", "*.npz"),
                new FileChooser.ExtensionFilter("TorchScript module (.pt)", "*.pt"));
        File file = chooser.showOpenDialog(table.getScene().getWindow());
        if (file == null) {
            return;
        }
        String id = ModelLibrary.idFor(file.toPath());
        boolean replace = model.isInstalled(id);
        if (replace && !confirmReplace(id)) {
            return;
        }
        if (file.getName().endsWith(".pt")) {
            Alert warning = new Alert(Alert.AlertType.WARNING, TorchScriptNet.WARNING, ButtonType.CANCEL, ButtonType.OK);
            warning.setHeaderText("Run the code in " + file.getName() + "?");
            warning.showAndWait().filter(ButtonType.OK::equals)
                    .ifPresent(ok -> model.importTrustedTorchScript(file.toPath(), id, replace));
            return;
        }
        ChoiceDialog<String> arch = new ChoiceDialog<>("vgg19", Architectures.importable());
        arch.setHeaderText("Which network are these weights for?");
        arch.showAndWait().ifPresent(a -> model.importFile(file.toPath(), a, id, replace));
    }

    private static boolean confirmReplace(String id) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "A network called " + id + " is already installed. Replace it"
                + " with this file once the file has been checked?", ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Replace " + id + "?");
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value,
                                                     double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        Callback<TableColumn.CellDataFeatures<S, String>, javafx.beans.value.ObservableValue<String>> factory =
                cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue()));
        column.setCellValueFactory(factory);
        column.setPrefWidth(width);
        return column;
    }
}
