package org.deepcanvas.ui.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.latent.AttributeVector;
import org.deepcanvas.lab.latent.Explorable;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.latent.LatentExplorerPanel.Target;
import org.deepcanvas.ui.training.PaneServices;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Latent arithmetic: a code to start from (a sample of the prior, a test image or the
 * user's own image, encoded) and attribute vectors added to it, each with a slider ("more
 * sneaker, less boot"). An attribute is the difference of two class means (labelled test
 * images, or a GAN's samples as the Fashion classifier labels them) or of two sets of the
 * user's images. The edited code is decoded whenever a slider or the start moves.
 */
public final class AttributePanel extends VBox {
    private static final double EDITED_SIDE = 180;
    private static final double SLIDER_REACH = 3;

    /** Where the edit starts from. */
    private enum Base {
        PRIOR("A sample of the prior"), TEST("A test image"), YOURS("Your image");

        private final String label;

        Base(String label) {
            this.label = label;
        }
    }

    /** An attribute and its slider. */
    private record Row(AttributeVector vector, Slider amount, HBox node) {}

    private final ExplorerLink link;
    private final Supplier<ArgbImage> yourImage;
    private final ComboBox<Base> base = SidePanel.choice(Base.values(), Base.PRIOR, b -> b.label);
    private final Spinner<Integer> testImage = SidePanel.spinner(0, 9_999, 0, 1);
    private final LiveCanvas edited = new LiveCanvas("Add an attribute, then move its slider");
    private final ComboBox<String> more = new ComboBox<>();
    private final ComboBox<String> less = new ComboBox<>();
    private final Button addFromLabels = new Button("Add");
    private final ImageSetDrop with;
    private final ImageSetDrop without;
    private final Button addFromImages = new Button("Add from these");
    private final VBox rows = new VBox(6);
    private final List<Row> attributes = new ArrayList<>();
    private long priorDraw;
    private boolean decoding;
    private boolean decodeAgain;

    /**
     * @param target the job being explored (null: none yet)
     * @param yourImage the user's image to edit, or null while there is none
     */
    public AttributePanel(Supplier<Target> target, PaneServices services, Supplier<ArgbImage> yourImage) {
        super(8);
        this.link = new ExplorerLink(target, services.status());
        this.yourImage = yourImage;
        this.with = new ImageSetDrop("With the attribute", services);
        this.without = new ImageSetDrop("Without it", services);
        edited.setId("latent-edited");
        edited.setPrefSize(EDITED_SIDE, EDITED_SIDE);
        edited.setMinSize(EDITED_SIDE, EDITED_SIDE);
        base.setId("latent-base");
        base.setTooltip(new Tooltip("The code the attributes are added to; test and your images need an encoder (VAE-GAN)"));
        testImage.visibleProperty().bind(base.valueProperty().isEqualTo(Base.TEST));
        testImage.managedProperty().bind(testImage.visibleProperty());
        Button newSample = new Button("New sample");
        newSample.visibleProperty().bind(base.valueProperty().isEqualTo(Base.PRIOR));
        newSample.managedProperty().bind(newSample.visibleProperty());
        newSample.setTooltip(new Tooltip("Start from another sample of the prior"));
        newSample.setOnAction(e -> {
            priorDraw++;
            decode();
        });
        base.valueProperty().addListener((obs, old, next) -> decode());
        testImage.valueProperty().addListener((obs, old, next) -> decode());
        addFromLabels.setId("latent-add-attribute");
        addFromLabels.setOnAction(e -> addFromLabels());
        addFromImages.setOnAction(e -> addFromImages());
        addFromImages.setTooltip(new Tooltip("Drop images on both boxes first (needs an encoder: VAE-GAN)"));
        more.setPromptText("more of");
        less.setPromptText("less of");
        testImage.setTooltip(new Tooltip("Which held-out image to encode as the starting code"));
        addFromLabels.setTooltip(new Tooltip("Add a slider that moves the code from the second class towards the first"));
        more.setTooltip(new Tooltip("The attribute points towards the mean code of this class"));
        less.setTooltip(new Tooltip("... and away from the mean code of this one"));
        HBox.setHgrow(more, Priority.ALWAYS);
        HBox.setHgrow(less, Priority.ALWAYS);
        getChildren().addAll(SidePanel.section("Latent arithmetic"), SidePanel.row("Start from", base),
                new HBox(6, testImage, newSample), edited, rows,
                SidePanel.hint("Add the mean code of one class minus another's:"), new HBox(6, more, less),
                addFromLabels,
                SidePanel.hint("or of two sets of your images (drop several on each):"),
                new HBox(6, with, without), addFromImages);
    }

    /** Offers the classes of the job's images, and forgets the previous job's attributes. */
    public void reset(List<String> classNames) {
        attributes.clear();
        rows.getChildren().clear();
        edited.clear();
        more.getItems().setAll(classNames);
        less.getItems().setAll(classNames);
        if (classNames.size() > 1) {
            more.setValue(classNames.get(0));
            less.setValue(classNames.get(1));
        }
    }

    /** Starts the edit from the user's image (just dropped) and decodes it. */
    public void startFromYourImage() {
        if (base.getValue() == Base.YOURS) {
            decode();
        } else {
            base.setValue(Base.YOURS);
        }
    }

    /** Decodes the start code with every attribute at its slider's amount (latest wins). */
    public void decode() {
        Target current = link.current();
        if (current == null) {
            return;
        }
        if (decoding) {
            decodeAgain = true;
            return;
        }
        decoding = true;
        Base from = base.getValue();
        int test = testImage.getValue();
        long draw = priorDraw;
        ArgbImage image = yourImage.get();
        List<AttributeVector> vectors = attributes.stream().map(Row::vector).toList();
        List<Double> amounts = attributes.stream().map(row -> row.amount().getValue()).toList();
        link.ask(current, () -> {
            LatentExplorer explorer = current.job().explorer();
            float[] code = start(from, explorer, current.job(), test, draw, image);
            for (int i = 0; i < vectors.size(); i++) {
                code = vectors.get(i).applyTo(code, amounts.get(i));
            }
            return explorer.decodeOne(code);
        }, edited::offer, () -> {
            decoding = false;
            if (decodeAgain) {
                decodeAgain = false;
                decode();
            }
        });
    }

    private static float[] start(Base from, LatentExplorer explorer, Explorable job, int test, long draw,
                                 ArgbImage image) {
        return switch (from) {
            case PRIOR -> explorer.priorCodes(1, new Random(draw))[0];
            case TEST -> explorer.encode(job.data().testPixels(Math.min(test, job.data().testCount() - 1), 1))[0];
            case YOURS -> {
                if (image == null) {
                    throw new IllegalStateException("drop an image on Your image first");
                }
                yield explorer.encodeImage(image);
            }
        };
    }

    private void addFromLabels() {
        Target current = link.current();
        int moreIndex = more.getSelectionModel().getSelectedIndex();
        int lessIndex = less.getSelectionModel().getSelectedIndex();
        if (current == null || moreIndex < 0 || lessIndex < 0 || moreIndex == lessIndex) {
            link.say("Choose two different classes for the attribute");
            return;
        }
        link.ask(current, () -> {
            if (!current.job().offersClassAttributes()) {
                throw new IllegalStateException("these images have no classes this network can average over");
            }
            return current.job().classAttribute(moreIndex, lessIndex);
        }, this::add, () -> { });
    }

    private void addFromImages() {
        Target current = link.current();
        List<ArgbImage> withImages = with.images();
        List<ArgbImage> withoutImages = without.images();
        if (current == null || withImages.isEmpty() || withoutImages.isEmpty()) {
            link.say("Drop images on both boxes first: some with the attribute, some without");
            return;
        }
        String name = "yours (" + withImages.size() + " - " + withoutImages.size() + ")";
        link.ask(current, () -> current.job().explorer().attributeBetween(name, withImages, withoutImages),
                this::add, () -> { });
    }

    private void add(AttributeVector vector) {
        Slider amount = new Slider(-SLIDER_REACH, SLIDER_REACH, 1);
        amount.setId("latent-attribute-" + attributes.size());
        amount.setTooltip(new Tooltip("How much of \"" + vector.name() + "\" to add; 0 leaves the code as it is"));
        amount.valueProperty().addListener((obs, old, value) -> decode());
        Label name = new Label(vector.name());
        name.setMinWidth(90);
        name.setWrapText(true);
        Button remove = new Button("", new FontIcon(MaterialDesignC.CLOSE));
        remove.setTooltip(new Tooltip("Remove this attribute"));
        HBox node = new HBox(6, name, amount, remove);
        HBox.setHgrow(amount, Priority.ALWAYS);
        Row row = new Row(vector, amount, node);
        remove.setOnAction(e -> {
            attributes.remove(row);
            rows.getChildren().remove(node);
            decode();
        });
        attributes.add(row);
        rows.getChildren().add(node);
        link.say("Added \"" + vector.name() + "\": move its slider to add or take it away");
        decode();
    }
}
