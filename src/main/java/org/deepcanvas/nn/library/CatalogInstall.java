package org.deepcanvas.nn.library;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.deepcanvas.export.FileHashes;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.WeightBinder;
import org.deepcanvas.nn.library.Pins.FileDigest;
import org.deepcanvas.nn.library.Pins.Pin;
import org.deepcanvas.nn.weights.SafetensorsHeader;
import org.deepcanvas.nn.weights.TensorEntry;

/**
 * One install of a catalogue network. The features variant takes, from the remote header,
 * the tensors the architecture's feature layers need (refusing a file that lacks one
 * before any data is fetched); both variants are verified tensor by tensor
 * ({@link WeightDigest}) before they are moved into place, and checked against the pin of
 * the first verified install when there is one: the remote file's size and header before
 * the download, every tensor's SHA-256 and the stored file's after it.
 */
final class CatalogInstall implements TensorDownload.Chooser, Downloader.Check {
    private final CatalogEntry entry;
    private final Variant variant;
    private final Optional<Pin> pin;
    private final Architecture architecture;
    private long sourceSize = -1;
    private String sourceHeaderSha256;
    private WeightDigest digest;

    CatalogInstall(CatalogEntry entry, Variant variant, Optional<Pin> pin) {
        this.entry = entry;
        this.variant = variant;
        this.pin = pin;
        this.architecture = variant == Variant.FEATURES ? entry.architecture().featuresOnly() : entry.architecture();
    }

    /** Downloads into {@code target} (resuming an earlier part); returns the verified file's digest. */
    WeightDigest run(Path target, Downloader downloader, Consumer<DownloadProgress> progress, Cancellation cancellation)
            throws IOException {
        URI url = URI.create(entry.url());
        if (variant == Variant.FULL) {
            long size = entry.size() > 0 ? entry.size() : pin.map(Pin::sourceSize).orElse(0L);
            downloader.download(new Downloader.Request(url, target, entry.sha256(), size, this), progress, cancellation);
        } else {
            downloader.downloadTensors(new TensorDownload.Request(url, target, this, this), progress, cancellation);
        }
        return digest;
    }

    @Override
    public List<TensorEntry> choose(SafetensorsHeader header, byte[] headerBytes) throws IOException {
        sourceSize = header.fileSize();
        sourceHeaderSha256 = HexFormat.of().formatHex(FileHashes.newDigest().digest(headerBytes));
        checkSource();
        Set<String> names = WeightBinder.storedNames(architecture);
        List<TensorEntry> chosen = header.tensors().stream().filter(t -> names.contains(t.name())).toList();
        Map<String, Shape> shapes = new LinkedHashMap<>();
        chosen.forEach(t -> shapes.put(t.name(), t.shape()));
        try {
            WeightBinder.fit(architecture, shapes);
        } catch (IllegalArgumentException e) {
            throw new IOException(entry.id() + ": the remote file does not hold the features: " + e.getMessage(), e);
        }
        return chosen;
    }

    @Override
    public void check(Path part) throws IOException {
        digest = WeightDigest.verify(part, architecture, entry.id());
        if (variant == Variant.FULL) {
            sourceSize = digest.size();
            sourceHeaderSha256 = digest.headerSha256();
            checkSource();
        }
        if (pin.isPresent()) {
            for (Map.Entry<String, String> tensor : digest.tensors().entrySet()) {
                String pinned = pin.get().tensors().get(tensor.getKey());
                if (pinned != null && !pinned.equals(tensor.getValue())) {
                    throw changed("tensor " + tensor.getKey() + " has SHA-256 " + tensor.getValue() + ", pinned " + pinned);
                }
            }
            FileDigest pinned = pin.get().files().get(variant.key());
            if (pinned != null && (pinned.size() != digest.size() || !pinned.sha256().equals(digest.sha256()))) {
                throw changed("the " + variant.describe() + " is " + digest.size() + " bytes with SHA-256 " + digest.sha256()
                        + ", pinned " + pinned.size() + " bytes with " + pinned.sha256());
            }
        }
    }

    /** The pin to keep after this install: the first one made now, or the old one with what this install added. */
    Pin pinAfterwards() {
        FileDigest file = new FileDigest(digest.size(), digest.sha256());
        if (pin.isEmpty()) {
            return new Pin(entry.url(), sourceSize, sourceHeaderSha256, Map.of(variant.key(), file), digest.tensors(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        Pin old = pin.get();
        Map<String, FileDigest> files = new LinkedHashMap<>(old.files());
        files.putIfAbsent(variant.key(), file);
        Map<String, String> tensors = new LinkedHashMap<>(old.tensors());
        digest.tensors().forEach(tensors::putIfAbsent);
        return new Pin(old.url(), old.sourceSize(), old.sourceHeaderSha256(), files, tensors, old.pinnedAt());
    }

    private void checkSource() throws IOException {
        if (pin.isEmpty()) {
            return;
        }
        if (sourceSize >= 0 && pin.get().sourceSize() != sourceSize) {
            throw changed("the remote file is " + sourceSize + " bytes, pinned " + pin.get().sourceSize());
        }
        if (!pin.get().sourceHeaderSha256().equals(sourceHeaderSha256)) {
            throw changed("the remote file's header (its tensor names, shapes and offsets) differs");
        }
    }

    private IOException changed(String what) {
        return new IOException(entry.id() + " does not match its first verified install (" + pin.get().pinnedAt() + "): "
                + what + ". The file on the server has changed or been tampered with; if you trust it, forget the pin"
                + " (deepcanvas models unpin " + entry.id() + ") and install again");
    }
}
