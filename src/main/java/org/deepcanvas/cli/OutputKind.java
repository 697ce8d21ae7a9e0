package org.deepcanvas.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.nn.ModelFiles;

/**
 * A kind of file a command writes, as {@link Preflight#output} checks it: the extension its
 * name must end in and the file written beside it, if any (both must be writable).
 *
 * @param what how an error names it, e.g. "PNG image"
 * @param extension lower case with the dot, e.g. ".png"
 * @param sidecar the companion file of a target, or null when there is none
 */
record OutputKind(String what, String extension, UnaryOperator<Path> sidecar) {
    /** A PNG and its provenance sidecar {@code name.json}. */
    static final OutputKind PNG = new OutputKind("PNG image", ".png", PngExport::sidecarOf);
    static final OutputKind GIF = new OutputKind("animated GIF", ".gif", null);
    /** Weights only, such as the embedded classifier's. */
    static final OutputKind WEIGHTS = new OutputKind("weight file", ".safetensors", null);
    /** A trained network (autoencoder, GAN): weights and their {@code name.model.json}. */
    static final OutputKind MODEL = new OutputKind("saved model", ".safetensors", ModelFiles::settingsFile);

    boolean matches(Path target) {
        return String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(extension);
    }

    Optional<Path> sidecarOf(Path target) {
        return sidecar == null ? Optional.empty() : Optional.of(sidecar.apply(target));
    }
}
