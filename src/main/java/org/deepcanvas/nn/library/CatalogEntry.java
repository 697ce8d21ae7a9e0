package org.deepcanvas.nn.library;

import java.util.List;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.Architectures;
import org.deepcanvas.nn.Preprocessing;

/**
 * One downloadable network of the catalogue.
 *
 * @param size exact file size in bytes, or 0 when unknown
 * @param sha256 hex SHA-256 of the file, or empty when unknown (then the safetensors header is checked)
 * @param preprocessing the input statistics the weights were trained with; null to keep the architecture's
 */
public record CatalogEntry(String id, String name, String arch, String url, long size, String sha256, String license,
                           InputStatistics preprocessing, List<String> dreamLayers, List<String> styleLayers,
                           String contentLayer) {

    /** Input size and per-channel mean/std, as stored in the catalogue. */
    public record InputStatistics(int inputSize, float[] mean, float[] std) {}

    /** The architecture of this entry, with the entry's preprocessing and default layers. */
    public Architecture architecture() {
        Architecture base = Architectures.byId(arch);
        Preprocessing stats = preprocessing == null ? base.preprocessing()
                : new Preprocessing(base.preprocessing().channels(), preprocessing.inputSize(),
                        preprocessing.mean(), preprocessing.std());
        return new Architecture(base.id(), name, stats, base.layers(), base.classifierStart(), base.labels(),
                orDefault(dreamLayers, base.dreamLayers()), orDefault(styleLayers, base.styleLayers()),
                contentLayer == null ? base.contentLayer() : contentLayer);
    }

    /** The exact size when known, else the size of the architecture's float32 weights. */
    public long approximateSize() {
        return size > 0 ? size : Architectures.weightBytes(Architectures.byId(arch));
    }

    private static List<String> orDefault(List<String> given, List<String> fallback) {
        return given == null || given.isEmpty() ? fallback : given;
    }
}
