package org.deepcanvas.nn;

import java.util.List;
import java.util.Locale;
import org.deepcanvas.nn.arch.Vgg;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.nn.embedded.RandomTextureNet;

/** Every architecture DeepCanvas can build, by id. */
public final class Architectures {
    private Architectures() {}

    public static List<Architecture> all() {
        return List.of(Vgg.vgg16(), Vgg.vgg19(), FashionClassifier.architecture(), RandomTextureNet.architecture());
    }

    /** Ids that accept a weight file from the user (the random-filter net has none). */
    public static List<String> importable() {
        return List.of("vgg16", "vgg19", "fashion-cnn");
    }

    public static Architecture byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT).trim();
        return all().stream().filter(a -> a.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown architecture \"" + id + "\"; known: "
                        + String.join(", ", all().stream().map(Architecture::id).toList())));
    }

    /** Bytes of float32 weights, for showing a download size before it is known exactly. */
    public static long weightBytes(Architecture architecture) {
        return 4 * architecture.layers().stream().flatMap(l -> l.params().stream()).mapToLong(p -> p.size()).sum();
    }
}
