package org.deepcanvas.ui.shell;

import java.util.function.Supplier;

/** The versions and the compute device shown by Help > About. */
public record AboutText(String appVersion, Supplier<String> engineAndDevice) {
    String details() {
        return String.join("\n",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "?"),
                engineAndDevice.get(),
                "",
                "Bundled samples: CC0 / public-domain photos (scikit-image) and a",
                "Fashion-MNIST subset (MIT, Zalando Research).");
    }
}
