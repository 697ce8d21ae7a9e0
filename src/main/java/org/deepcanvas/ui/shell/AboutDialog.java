package org.deepcanvas.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: the versions and device, and the bundled data's licences behind a link. */
final class AboutDialog {
    private static final String LICENSES = "/assets/LICENSES";

    private AboutDialog() {}

    static void show(Window owner, AboutText about) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About DeepCanvas");
        alert.setHeaderText("DeepCanvas " + about.appVersion());
        TextArea licences = new TextArea(licences());
        licences.setEditable(false);
        licences.setWrapText(false);
        licences.setPrefSize(620, 360);
        licences.setVisible(false);
        licences.setManaged(false);
        Hyperlink link = new Hyperlink("Licences of the bundled photos, Fashion-MNIST and models");
        link.setId("about-licences");
        link.setOnAction(e -> {
            licences.setVisible(true);
            licences.setManaged(true);
            alert.getDialogPane().getScene().getWindow().sizeToScene();
        });
        alert.getDialogPane().setContent(new VBox(10, new Label(about.details()), link, licences));
        alert.show();
    }

    private static String licences() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(LICENSES)) {
            return in == null ? "The licence file is missing from this build." : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The licence file cannot be read: " + e.getMessage();
        }
    }
}
