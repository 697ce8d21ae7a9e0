package org.deepcanvas.ui.guide;

import java.util.Optional;
import org.deepcanvas.lab.guide.GuideJob;
import org.deepcanvas.lab.guide.GuideSettings;
import org.deepcanvas.lab.imageopt.ImageSettings;
import org.deepcanvas.ui.training.ImageWell;
import org.deepcanvas.ui.training.PaneServices;
import org.deepcanvas.ui.training.TrainingPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Guided hallucination (CADL session 4): the source picture's features at the chosen
 * layers are pulled towards the guide picture's, while total variation keeps it smooth.
 * Shows the source, the guide and the result side by side.
 */
public final class GuidePane extends TrainingPane<GuideSettings, GuideJob> {
    private final ImageWell source;
    private final ImageWell guide;
    private final GuideControls guideControls;

    public GuidePane(PaneServices services) {
        this(services, new GuideControls());
    }

    private GuidePane(PaneServices services, GuideControls guideControls) {
        super("Guided hallucination", MaterialDesignC.COMPASS_OUTLINE, "guide", services, guideControls);
        this.guideControls = guideControls;
        describeOutput("Result", "Press Start: the source takes on the guide's features here");
        source = newWell("Source", ImageSettings.MAX_SIZE).followDataset(0);
        source.setId("guide-source");
        guide = newWell("Guide", ImageSettings.MAX_SIZE).followDataset(1);
        guide.setId("guide-guide");
        addCanvas(source);
        addCanvas(guide);
        source.imageProperty().addListener((obs, old, image) -> rebuildJob());
        guide.imageProperty().addListener((obs, old, image) -> rebuildJob());
    }

    @Override
    protected Optional<GuideJob> newJob() {
        if (source.image().isEmpty() || guide.image().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GuideJob(guideControls.networks()::open, source.image().get().image(),
                guide.image().get().image()));
    }

    @Override
    protected String subject() {
        return source.image().map(image -> image.subject()).orElse("");
    }
}
