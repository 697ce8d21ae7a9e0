package org.deepcanvas.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import java.util.List;
import java.util.function.Function;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.device.DeviceChoice;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** File, Run and Help menus; the Run and Export items follow the pane on show. */
final class StudioMenuBar extends MenuBar {
    StudioMenuBar(StudioActions actions, ObjectProperty<StudioPane> current, ObservableBooleanValue anyRunning,
                  DeviceSetup device) {
        setId("menu-bar");
        MenuItem openImages = item("Open images…", "Shortcut+O", MaterialDesignI.IMAGE_PLUS, actions::openImages);
        MenuItem openFolder = item("Open folder…", "Shortcut+Shift+O", MaterialDesignF.FOLDER_OPEN, actions::openFolder);
        MenuItem openResult = item("Open result…", "Shortcut+R", MaterialDesignF.FILE_RESTORE_OUTLINE, actions::openResult);
        openResult.setId("menu-open-result");
        MenuItem exportImage = item("Export image…", "Shortcut+E", MaterialDesignE.EXPORT, actions::exportImage);
        MenuItem exportGif = item("Export GIF…", "Shortcut+G", MaterialDesignF.FILE_GIF_BOX, actions::exportGif);
        exportImage.setId("menu-export-image");
        exportGif.setId("menu-export-gif");
        BooleanBinding noExport = Bindings.createBooleanBinding(
                () -> current.get() == null || current.get().exportable().isEmpty(), current);
        exportImage.disableProperty().bind(noExport);
        exportGif.disableProperty().bind(noExport);
        MenuItem models = item("Models…", "Shortcut+M", MaterialDesignB.BRAIN, actions::models);
        models.setId("menu-models");
        MenuItem quit = item("Quit", "Shortcut+Q", MaterialDesignC.CLOSE, actions::quit);
        Menu file = new Menu("File", null, openImages, openFolder, openResult, new SeparatorMenuItem(),
                exportImage, exportGif, new SeparatorMenuItem(), models, new SeparatorMenuItem(), quit);

        MenuItem start = item("Start", "F5", MaterialDesignP.PLAY, () -> runControls(current).start());
        MenuItem pause = item("Pause", "F6", MaterialDesignP.PAUSE, () -> runControls(current).pause());
        MenuItem stop = item("Stop", "Shift+F5", MaterialDesignS.STOP, () -> runControls(current).stop());
        start.setId("menu-start");
        disableUnless(start, current, RunControls::canStart);
        disableUnless(pause, current, RunControls::canPause);
        disableUnless(stop, current, RunControls::canStop);
        MenuItem stopAll = item("Stop all", "Shortcut+Shift+F5", MaterialDesignS.STOP_CIRCLE_OUTLINE, actions::stopAll);
        stopAll.setId("menu-stop-all");
        stopAll.disableProperty().bind(Bindings.not(anyRunning));
        Menu run = new Menu("Run", null, start, pause, stop, new SeparatorMenuItem(), stopAll,
                new SeparatorMenuItem(), deviceMenu(device));
        run.setOnShowing(e -> nameRunItems(current.get(), start, pause, stop));

        MenuItem install = item("Install GPU runtime…", null, MaterialDesignD.DOWNLOAD, device::installGpuRuntime);
        install.setId("menu-install-gpu");
        install.visibleProperty().bind(device.installOfferedProperty());
        MenuItem about = item("About DeepCanvas", null, MaterialDesignI.INFORMATION_OUTLINE, actions::about);
        getMenus().addAll(file, run, new Menu("Help", null, install, about));
    }

    /** Auto / CPU / GPU, saved at once; a change of engine waits for the next start. */
    private static Menu deviceMenu(DeviceSetup device) {
        Menu menu = new Menu("Compute device", new FontIcon(MaterialDesignC.CHIP));
        menu.setId("menu-device");
        ToggleGroup group = new ToggleGroup();
        for (DeviceChoice choice : List.of(DeviceChoice.AUTO, DeviceChoice.CPU, DeviceChoice.GPU)) {
            RadioMenuItem item = new RadioMenuItem(choice == DeviceChoice.AUTO ? "Auto (the GPU when it can be used)"
                    : choice.name());
            item.setId("menu-device-" + choice.label());
            item.setToggleGroup(group);
            item.setSelected(device.choiceProperty().get() == choice
                    || choice == DeviceChoice.GPU && device.choiceProperty().get() == DeviceChoice.MPS);
            item.setOnAction(e -> device.choose(choice));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** "Start Pixel painting": the Run items say whose job they act on ("Resume" while it is paused). */
    private static void nameRunItems(StudioPane pane, MenuItem start, MenuItem pause, MenuItem stop) {
        RunControls controls = pane == null ? null : pane.runControls().orElse(null);
        String whose = controls == null ? "" : " " + controls.name();
        boolean paused = controls != null && controls.stateProperty().get().phase() == JobState.Phase.PAUSED;
        start.setText((paused ? "Resume" : "Start") + whose);
        pause.setText("Pause" + whose);
        stop.setText("Stop" + whose);
    }

    private static RunControls runControls(ObjectProperty<StudioPane> current) {
        return current.get().runControls().orElseThrow();
    }

    /** Disables a Run item unless the pane on show has run controls that allow it now. */
    private static void disableUnless(MenuItem item, ObjectProperty<StudioPane> current,
                                      Function<RunControls, ObservableBooleanValue> allowed) {
        current.addListener((obs, old, pane) -> bindRunItem(item, pane, allowed));
        bindRunItem(item, current.get(), allowed);
    }

    private static void bindRunItem(MenuItem item, StudioPane pane,
                                    Function<RunControls, ObservableBooleanValue> allowed) {
        item.disableProperty().unbind();
        RunControls controls = pane == null ? null : pane.runControls().orElse(null);
        if (controls == null) {
            item.setDisable(true);
        } else {
            item.disableProperty().bind(Bindings.not(allowed.apply(controls)));
        }
    }

    private static MenuItem item(String text, String accelerator, org.kordamp.ikonli.Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
