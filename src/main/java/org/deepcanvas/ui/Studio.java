package org.deepcanvas.ui;

import java.util.List;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.deepcanvas.AppVersion;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.MklOnAmd;
import org.deepcanvas.ui.autoencode.AutoencodePane;
import org.deepcanvas.ui.dataset.DatasetPane;
import org.deepcanvas.ui.dream.DreamPane;
import org.deepcanvas.ui.gan.GanPane;
import org.deepcanvas.ui.guide.GuidePane;
import org.deepcanvas.ui.paint.PaintPane;
import org.deepcanvas.ui.shell.AboutText;
import org.deepcanvas.ui.shell.BackgroundWork;
import org.deepcanvas.ui.shell.DeviceSetup;
import org.deepcanvas.ui.shell.DialogPrompts;
import org.deepcanvas.ui.shell.ExportActions;
import org.deepcanvas.ui.shell.Prompts;
import org.deepcanvas.ui.shell.Messages;
import org.deepcanvas.ui.style.StylePane;
import org.deepcanvas.ui.shell.StatusBar;
import org.deepcanvas.ui.shell.StudioPane;
import org.deepcanvas.ui.shell.StudioWindow;
import org.deepcanvas.ui.training.PaneServices;

/** Builds the studio: its panes, the shared services they use, and the window. */
public final class Studio {
    private final StudioWindow window;
    private final DatasetPane dataset;
    private final ComputeRuntime runtime;
    private final List<StudioPane> panes;

    private Studio(StudioWindow window, DatasetPane dataset, ComputeRuntime runtime, List<StudioPane> panes) {
        this.window = window;
        this.dataset = dataset;
        this.runtime = runtime;
        this.panes = panes;
    }

    /** The studio with real file and option dialogs. */
    public static Studio create() {
        StudioWindow[] shown = new StudioWindow[1];
        return create(new DialogPrompts(() -> shown[0] == null ? null : shown[0].owner()), shown);
    }

    /** The studio with the given answers to export questions (tests use this). */
    public static Studio create(Prompts prompts) {
        return create(prompts, new StudioWindow[1]);
    }

    private static Studio create(Prompts prompts, StudioWindow[] windowHolder) {
        BackgroundWork work = new BackgroundWork();
        StatusBar statusBar = new StatusBar(work);
        ExportActions exports = new ExportActions(work, prompts, statusBar.messageProperty());
        DatasetPane dataset = new DatasetPane(work, exports, prompts, statusBar.messageProperty());
        DeviceSetup device = DeviceSetup.forThisStart(work, prompts, statusBar.messageProperty());
        statusBar.offer("Install GPU runtime…", device.installOfferedProperty(), device::installGpuRuntime);
        ComputeRuntime runtime = new ComputeRuntime();
        StringProperty engineProblem = new SimpleStringProperty("");
        showDevice(runtime, statusBar, engineProblem);
        PaneServices services = new PaneServices(runtime, work, exports, prompts, statusBar.messageProperty(),
                engineProblem, dataset.dataset(), dataset::inputs);
        List<StudioPane> panes = List.of(
                dataset,
                new PaintPane(services),
                new AutoencodePane(services),
                new DreamPane(services),
                new GuidePane(services),
                new StylePane(services),
                new GanPane(services));
        AboutText about = new AboutText(AppVersion.get(), () -> "Compute: " + runtime.deviceDescription()
                + runtime.engineError().map(error -> " (" + error + ")").orElse("")
                + "\nDevice setting: " + device.choiceProperty().get().label() + " (Run > Compute device)"
                + "\nCPU matrix products: " + MklOnAmd.summary());
        StudioWindow window = new StudioWindow(panes, dataset::importSources, statusBar, exports, prompts, about,
                task -> runtime.call(Executors.callable(task)), device);
        windowHolder[0] = window;
        return new Studio(window, dataset, runtime, panes);
    }

    /** Loads the deep learning engine in the background and shows the device it chose. */
    private static void showDevice(ComputeRuntime runtime, StatusBar statusBar, StringProperty engineProblem) {
        runtime.loadEngine().whenComplete((device, error) -> Platform.runLater(() -> {
            if (error == null) {
                statusBar.deviceProperty().set(device);
            } else {
                engineProblem.set(Messages.rootCause(error));
                statusBar.deviceProperty().set("Engine unavailable: " + engineProblem.get());
            }
        }));
    }

    /** Stops every job and the compute thread. */
    public void close() {
        runtime.close();
    }

    public static String stylesheet() {
        return Studio.class.getResource("studio.css").toExternalForm();
    }

    public StudioWindow window() {
        return window;
    }

    /** Every pane, in navigation order. */
    public List<StudioPane> panes() {
        return panes;
    }

    /** The compute runtime every pane's jobs run on. */
    public ComputeRuntime runtime() {
        return runtime;
    }

    public DatasetPane dataset() {
        return dataset;
    }

    /** Fills the dataset with the bundled photos, in the background. */
    public void loadSamples() {
        dataset.loadBundledPhotos();
    }
}
