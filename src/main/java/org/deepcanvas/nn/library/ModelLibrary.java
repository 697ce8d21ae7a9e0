package org.deepcanvas.nn.library;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.Architectures;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.Preprocessing;
import org.deepcanvas.nn.TorchScriptNet;
import org.deepcanvas.nn.WeightBinder;
import org.deepcanvas.nn.WeightFile;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.nn.embedded.RandomTextureNet;

/**
 * Every network the user can pick, in one place: the embedded ones (always there,
 * offline), the installed ones (in the {@link ModelStore}) and the catalogue's.
 */
public final class ModelLibrary {
    public static final String FASHION = "fashion-cnn";
    public static final String RANDOM_TEXTURE = "random-texture";

    /** Where a network stands for this user. */
    public enum Status { EMBEDDED, INSTALLED, AVAILABLE }

    /**
     * One line of the model list.
     *
     * @param sizeBytes what is installed, or what the default install (the features) downloads
     * @param sizeExact false when {@code sizeBytes} is estimated from the architecture
     * @param variant what an installed catalogue download holds; null otherwise
     * @param fullSizeBytes for a catalogue network not installed, or installed with its features only: the size
     *     of its full file (maybe estimated); 0 otherwise
     * @param catalogued whether the network comes from the catalogue (only those are pinned)
     * @param pinned whether the first verified install of this id is pinned ({@link ModelStore#isPinned})
     */
    public record Listing(String id, String name, String arch, Status status, long sizeBytes, boolean sizeExact,
                          String license, Variant variant, long fullSizeBytes, boolean catalogued, boolean pinned) {
        /** "58.9 MB", "~424 kB", or "-" when there are no weights. */
        public String describeSize() {
            return sizeBytes == 0 ? "-" : (sizeExact ? "" : "~") + Sizes.describe(sizeBytes);
        }

        /** "~553.4 MB" when the full file can still be installed, else "-". */
        public String describeFullSize() {
            return fullSizeBytes == 0 ? "-" : "~" + Sizes.describe(fullSizeBytes);
        }

        /** "yes", "no", or "-" for networks that are not downloaded from the catalogue. */
        public String describePin() {
            return !catalogued ? "-" : pinned ? "yes" : "no";
        }

        /** "installed", "installed (features only)", "available", "embedded". */
        public String describeStatus() {
            String status = this.status.name().toLowerCase(Locale.ROOT);
            return variant == null ? status : status + " (" + variant.describe() + ")";
        }
    }

    private final Catalog catalog;
    private final ModelStore store;

    public ModelLibrary(Catalog catalog, ModelStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    public Catalog catalog() {
        return catalog;
    }

    public ModelStore store() {
        return store;
    }

    public List<Listing> list() throws IOException {
        List<Listing> listings = new ArrayList<>();
        listings.add(new Listing(FASHION, FashionClassifier.architecture().displayName(), FASHION, Status.EMBEDDED,
                Architectures.weightBytes(FashionClassifier.architecture()), false,
                "trained by DeepCanvas on Fashion-MNIST (MIT)", null, 0, false, false));
        listings.add(new Listing(RANDOM_TEXTURE, RandomTextureNet.architecture().displayName(), RANDOM_TEXTURE,
                Status.EMBEDDED, 0, true, "generated from a seed, no weights file", null, 0, false, false));
        List<InstalledModel> installed = store.installed();
        for (InstalledModel model : installed) {
            Optional<CatalogEntry> entry = catalog.find(model.id());
            Variant variant = entry.isEmpty() ? null : model.variant() == null ? Variant.FULL : model.variant();
            listings.add(new Listing(model.id(), model.name(), model.arch(), Status.INSTALLED, model.sizeBytes(), true,
                    entry.map(CatalogEntry::license).orElse("imported by the user"), variant,
                    variant == Variant.FEATURES ? entry.get().approximateSize() : 0, entry.isPresent(),
                    store.isPinned(model.id())));
        }
        for (CatalogEntry entry : catalog.models()) {
            if (installed.stream().noneMatch(m -> m.id().equals(entry.id()))) {
                listings.add(new Listing(entry.id(), entry.name(), entry.arch(), Status.AVAILABLE,
                        Architectures.weightBytes(entry.architecture().featuresOnly()), false, entry.license(), null,
                        entry.approximateSize(), true, store.isPinned(entry.id())));
            }
        }
        return listings;
    }

    /** The architecture behind a model id, installed or not (enough to list its layers). */
    public Architecture architecture(String id) throws IOException {
        if (id.equals(FASHION)) {
            return FashionClassifier.architecture();
        }
        if (id.equals(RANDOM_TEXTURE)) {
            return RandomTextureNet.architecture();
        }
        Optional<CatalogEntry> entry = catalog.find(id);
        Optional<InstalledModel> installed = store.find(id);
        if (entry.isPresent()) {
            boolean featuresOnly = installed.map(m -> m.variant() == Variant.FEATURES).orElse(false);
            return featuresOnly ? entry.get().architecture().featuresOnly() : entry.get().architecture();
        }
        String arch = installed.orElseThrow(() -> unknown(id)).arch();
        if (arch.equals(ModelStore.TORCHSCRIPT)) {
            throw new IllegalArgumentException(id + " is a TorchScript module: its layers are known only by running it");
        }
        return Architectures.byId(arch);
    }

    private boolean isTorchScript(String id) throws IOException {
        return store.find(id).map(m -> m.arch().equals(ModelStore.TORCHSCRIPT)).orElse(false);
    }

    /** A ready network; installed models are read from disk, the embedded ones built in memory. */
    public FeatureNet open(String id, NDManager manager) throws IOException {
        if (id.equals(FASHION)) {
            return FashionClassifier.load(manager);
        }
        if (id.equals(RANDOM_TEXTURE)) {
            return RandomTextureNet.create(manager, RandomTextureNet.DEFAULT_SEED);
        }
        if (store.find(id).isEmpty()) {
            Optional<CatalogEntry> entry = catalog.find(id);
            if (entry.isEmpty()) {
                throw unknown(id);
            }
            throw new IOException(id + " is not installed yet; install it first (about "
                    + Sizes.describe(entry.get().approximateSize()) + " to download)");
        }
        if (isTorchScript(id)) {
            return TorchScriptNet.open(store.module(id), manager);
        }
        try (NDManager scratch = manager.newSubManager()) {
            return WeightBinder.bind(architecture(id), WeightFile.read(scratch, store.weights(id)), manager);
        }
    }

    /**
     * Downloads a catalogue network: {@link Variant#FEATURES} (the default: all that dream
     * and style need) or the full file; {@code replace} allows replacing an installed one.
     */
    public InstalledModel install(String id, Variant variant, boolean replace, Downloader downloader,
                                  Consumer<DownloadProgress> progress, Cancellation cancellation) throws IOException {
        CatalogEntry entry = catalog.find(id).orElseThrow(() -> unknown(id));
        return store.install(entry, variant, replace, downloader, progress, cancellation);
    }

    public boolean isInstalled(String id) throws IOException {
        return store.find(id).isPresent();
    }

    /**
     * One layer as a layer browser shows it, e.g. relu4_2, (1, 512, 28, 28), ReLU, "dream".
     *
     * @param shape its output shape, or null for a classifier's layer when the input is not the
     *     size the classifier was made for (its convolutions take any size)
     * @param uses what the layer serves by default: "dream", "style", "content", joined; or empty
     */
    public record LayerInfo(String name, Shape shape, String description, String uses) {
        /** The shape as a layer browser writes it, or where the layer works when this input does not reach it. */
        public String shapeText(int ownInputSize) {
            return shape == null ? "only at " + ownInputSize + " px" : shape.toString();
        }
    }

    /** The input side a network was made for: 224 for VGG and imported modules, 28 for Fashion-MNIST. */
    public int inputSize(String id) throws IOException {
        return isTorchScript(id) ? Preprocessing.imageNet().inputSize() : architecture(id).preprocessing().inputSize();
    }

    /** Every layer of a network with its output shape for a square input of {@code size} px. */
    public List<LayerInfo> layers(String id, int size) throws IOException {
        if (isTorchScript(id)) {
            // the module's outputs are known only by running it
            try (NDManager manager = NDManager.newBaseManager();
                    TorchScriptNet net = TorchScriptNet.open(store.module(id), manager)) {
                return net.layerShapes(size, size).entrySet().stream()
                        .map(e -> new LayerInfo(e.getKey(), e.getValue(), "TorchScript output", uses(net, e.getKey())))
                        .toList();
            }
        }
        Architecture architecture = architecture(id);
        Map<String, Shape> shapes = reachableShapes(architecture, size);
        return architecture.layers().stream()
                .map(layer -> new LayerInfo(layer.name(), shapes.get(layer.name()), layer.describe(),
                        uses(architecture.dreamLayers(), architecture.styleLayers(), architecture.contentLayer(),
                                layer.name())))
                .toList();
    }

    private static Map<String, Shape> reachableShapes(Architecture architecture, int size) {
        try {
            return architecture.layerShapes(size, size);
        } catch (IllegalArgumentException e) {
            if (!architecture.hasClassifier()) {
                throw e;
            }
            return architecture.featuresOnly().layerShapes(size, size);
        }
    }

    private static String uses(FeatureNet net, String layer) {
        return uses(net.dreamLayers(), net.styleLayers(), net.contentLayer(), layer);
    }

    private static String uses(List<String> dream, List<String> style, String content, String layer) {
        List<String> uses = new ArrayList<>();
        if (dream.contains(layer)) {
            uses.add("dream");
        }
        if (style.contains(layer)) {
            uses.add("style");
        }
        if (content.equals(layer)) {
            uses.add("content");
        }
        return String.join(", ", uses);
    }

    /**
     * Imports a user's weight file after checking, on a manager of its own, that it fits
     * {@code arch}; call it on the compute thread, like all tensor work.
     *
     * @param replace whether an imported model of this id may be replaced
     */
    public InstalledModel importFile(Path file, String arch, String id, boolean replace) throws IOException {
        if (!Architectures.importable().contains(arch)) {
            throw new IllegalArgumentException("cannot import weights for \"" + arch + "\"; known: "
                    + String.join(", ", Architectures.importable()));
        }
        refuseReserved(id);
        try (NDManager manager = NDManager.newBaseManager()) {
            return store.importFile(file, Architectures.byId(arch), id, replace, manager);
        }
    }

    /**
     * Imports a TorchScript module; {@code trusted} records that the user accepted
     * {@link TorchScriptNet#WARNING}, since checking the module already runs its code.
     */
    public InstalledModel importTorchScript(Path file, String id, boolean trusted, boolean replace) throws IOException {
        if (!trusted) {
            throw new IllegalArgumentException(TorchScriptNet.WARNING + " Confirm that you trust " + file.getFileName()
                    + " to import it.");
        }
        refuseReserved(id);
        try (NDManager manager = NDManager.newBaseManager()) {
            return store.importTorchScript(file, id, replace, manager);
        }
    }

    /** Imports may not take (or differ only in case from) the id of an embedded or catalogue network. */
    private void refuseReserved(String id) {
        if (isEmbedded(id.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(id + " is the name of an embedded network; choose another id");
        }
        catalog.models().stream().filter(m -> m.id().equalsIgnoreCase(id)).findFirst().ifPresent(m -> {
            throw new IllegalArgumentException(id + " is the catalogue's id for " + m.name() + "; an import under it"
                    + " would hide that network, so choose another id (--id)");
        });
    }

    /** A library id made from a file name: "My VGG (1).safetensors" gives "My-VGG--1-". */
    public static String idFor(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /**
     * Deletes an installed network (or what an unfinished install of it left); an
     * IllegalArgumentException when there is nothing to remove.
     */
    public ModelStore.Removal remove(String id) throws IOException {
        if (isEmbedded(id)) {
            throw new IllegalArgumentException(id + " is embedded in DeepCanvas and cannot be removed");
        }
        ModelStore.Removal removal = store.remove(id);
        if (removal == ModelStore.Removal.NOTHING) {
            List<String> installed = store.installed().stream().map(InstalledModel::id).toList();
            throw new IllegalArgumentException(id + " is not installed, so nothing was removed; installed: "
                    + (installed.isEmpty() ? "none" : String.join(", ", installed)));
        }
        return removal;
    }

    /** Forgets the pin of a catalogue network; an IllegalArgumentException when it has none. */
    public void unpin(String id) throws IOException {
        if (!store.unpin(id)) {
            throw new IllegalArgumentException(id + " has no pin to forget");
        }
    }

    private static boolean isEmbedded(String id) {
        return id.equals(FASHION) || id.equals(RANDOM_TEXTURE);
    }

    private IllegalArgumentException unknown(String id) {
        List<String> known = new ArrayList<>(List.of(FASHION, RANDOM_TEXTURE));
        catalog.models().forEach(m -> known.add(m.id()));
        return new IllegalArgumentException("no model \"" + id + "\"; known: " + String.join(", ", known));
    }
}
