package org.deepcanvas.lab.dream;

import java.io.IOException;
import java.util.Optional;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.library.CatalogEntry;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelStore;

/**
 * Whether a network can dream a class. VGG is installed with its features only by default
 * (59 of 553 MB), which leaves it without a classifier; the answer then says how to get one,
 * since "has no classifier" alone leaves the user guessing.
 */
public final class ClassDreams {
    private ClassDreams() {}

    /**
     * Empty when {@code id} can dream classes (or is a TorchScript module, known only by
     * running it); otherwise one line saying why not and what to do.
     */
    public static Optional<String> problem(ModelLibrary library, String id) throws IOException {
        if (library.store().find(id).map(m -> m.arch().equals(ModelStore.TORCHSCRIPT)).orElse(false)) {
            return Optional.empty();
        }
        Architecture architecture = library.architecture(id);
        if (architecture.hasClassifier()) {
            return Optional.empty();
        }
        boolean fullFileHasOne = library.catalog().find(id).map(CatalogEntry::architecture)
                .map(Architecture::hasClassifier).orElse(false);
        return Optional.of(fullFileHasOne
                ? id + " is installed with its features only, which have no classifier; for class dreams install the"
                        + " full file: deepcanvas models install " + id + " --full --replace"
                : architecture.displayName() + " has no classifier to dream a class with");
    }
}
