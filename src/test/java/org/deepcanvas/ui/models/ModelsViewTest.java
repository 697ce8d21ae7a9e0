package org.deepcanvas.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.nn.library.Catalog;
import org.deepcanvas.nn.library.Downloader;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ModelsViewTest {
    @TempDir
    static Path dir;
    private static HttpServer server;
    private ModelsViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        byte[] weights;
        try (InputStream in = FashionClassifier.class.getResourceAsStream(FashionClassifier.RESOURCE)) {
            weights = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/f.safetensors", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, weights.length);
                exchange.getResponseBody().write(weights);
            }
        });
        server.start();
        Path catalog = Files.writeString(dir.resolve("catalog.json"), "{\"models\": [{\"id\": \"mirror\","
                + " \"name\": \"Fashion mirror\", \"arch\": \"fashion-cnn\", \"license\": \"MIT\", \"url\":"
                + " \"http://127.0.0.1:" + server.getAddress().getPort() + "/f.safetensors\"}]}");
        ModelLibrary library = new ModelLibrary(Catalog.load(catalog.toString()), new ModelStore(dir.resolve("models")));
        model = new ModelsViewModel(library, () -> new Downloader(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                Runnable::run, Runnable::run, javafx.application.Platform::runLater);
        stage.setScene(new Scene(new ModelsView(model).build(), 1000, 560));
        stage.show();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void listsNetworksAndBrowsesTheLayersOfTheSelectedOne(FxRobot robot) {
        TableView<ModelLibrary.Listing> table = robot.lookup("#models-table").queryTableView();
        assertThat(table.getItems()).extracting(ModelLibrary.Listing::id)
                .containsExactly("fashion-cnn", "random-texture", "mirror");
        robot.interact(() -> table.getSelectionModel().select(0));
        TableView<ModelsViewModel.LayerRow> layers = robot.lookup("#layers-table").queryTableView();
        assertThat(layers.getItems()).extracting(ModelsViewModel.LayerRow::name).startsWith("conv1", "relu1", "pool1");
        assertThat(robot.lookup("#install-features").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#install-full").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#remove").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void installsAnAvailableNetworkThenRemovesIt(FxRobot robot) {
        TableView<ModelLibrary.Listing> table = robot.lookup("#models-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(2));
        assertThat(robot.lookup("#install-features").queryAs(Button.class).getText()).isEqualTo("Install features (~19.2 kB)");
        robot.clickOn("#install-features");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#models-message").queryAs(Label.class).getText())
                .isEqualTo("Installed mirror (features only), verified tensor by tensor.");
        assertThat(table.getItems().get(2).describeStatus()).isEqualTo("installed (features only)");
        assertThat(table.getItems().get(2).describePin()).isEqualTo("yes");

        robot.interact(() -> table.getSelectionModel().select(2));
        assertThat(robot.lookup("#install-features").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#install-full");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(2).describeStatus()).isEqualTo("installed (full file)");

        robot.interact(() -> table.getSelectionModel().select(2));
        robot.clickOn("#remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(2).status()).isEqualTo(ModelLibrary.Status.AVAILABLE);
        assertThat(dir.resolve("models/mirror")).doesNotExist();
    }
}
