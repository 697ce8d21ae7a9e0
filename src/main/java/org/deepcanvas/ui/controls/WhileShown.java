package org.deepcanvas.ui.controls;

import javafx.scene.Node;

/** Runs something (a timer, an animation) only while a node is part of a scene, so hidden panes cost nothing. */
public final class WhileShown {
    private WhileShown() {}

    public static void run(Node node, Runnable start, Runnable stop) {
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                stop.run();
            } else {
                start.run();
            }
        });
    }
}
