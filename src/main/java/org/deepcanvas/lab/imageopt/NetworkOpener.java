package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import org.deepcanvas.nn.FeatureNet;

/** Opens a feature network by model id on the compute thread; {@code ModelLibrary::open} is one. */
@FunctionalInterface
public interface NetworkOpener {
    FeatureNet open(String id, NDManager manager) throws IOException;
}
