package org.deepcanvas.lab.style;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ColourTransfer;
import org.deepcanvas.lab.imageopt.FeatureMatch;
import org.deepcanvas.lab.imageopt.ImageJob;
import org.deepcanvas.lab.imageopt.ImageRun;
import org.deepcanvas.lab.imageopt.LayerWeight;
import org.deepcanvas.lab.imageopt.NetworkOpener;
import org.deepcanvas.lab.imageopt.Objective;
import org.deepcanvas.lab.imageopt.OptimisedImage;
import org.deepcanvas.lab.imageopt.TargetFeatures;
import org.deepcanvas.lab.imageopt.TotalVariation;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.runtime.JobContext;

/**
 * The style net (Gatys et al., 2015) on the image-optimisation core: content, style and
 * total-variation terms, solved small and refined large above {@link StyleSettings#PREVIEW_SIZE}.
 * The output has the content picture's shape. Targets are remade only when what they
 * depend on changes (layers, style scale, colour matching); weights and blend are live.
 */
public final class StyleJob extends ImageJob<StyleSettings> {
    /**
     * The style layer that is the picture itself: the Gram matrix of its colours (their mean
     * and covariance). A network whose filters ignore flat colour, as the embedded random-filter
     * net's do (they sum to zero), takes a style's colours only through it.
     */
    public static final String PIXELS = "pixels";
    /** neural-style's total variation: squared neighbour differences. */
    private static final TotalVariation SMOOTHNESS = new TotalVariation(1f);

    private final ArgbImage content;
    private final List<ArgbImage> styles;
    private StyleTargets styleTargets;
    private List<Object> styleTargetsFor = List.of();
    private List<FeatureMatch> contentMatches = List.of();
    private List<String> contentMatchesFor = List.of();
    private ArgbImage contentAtOutput;

    public StyleJob(NetworkOpener networks, ArgbImage content, List<ArgbImage> styles) {
        super(networks, content, ImageRun.Carry.IMAGE);
        this.content = Objects.requireNonNull(content, "content");
        this.styles = List.copyOf(styles);
        if (this.styles.isEmpty()) {
            throw new IllegalArgumentException("a style transfer needs at least one style image");
        }
    }

    @Override
    protected OptimisedImage startImage(StyleSettings settings, int channels, JobContext context) {
        ArgbImage shaped = fitted(content, settings.size());
        return switch (settings.init()) {
            case CONTENT -> OptimisedImage.of(shaped, channels, context.manager());
            case NOISE -> OptimisedImage.noise(shaped.width(), shaped.height(), channels, context.random(),
                    context.manager());
            case STYLE -> OptimisedImage.of(TargetFeatures.fitted(styles.get(0), shaped.width(), shaped.height()),
                    channels, context.manager());
        };
    }

    @Override
    protected Objective objective(StyleSettings settings, FeatureNet network) {
        List<LayerWeight> styleLayers = layers(settings.styleLayers(), defaultStyleLayers(network), network);
        List<LayerWeight> contentLayers = layers(settings.contentLayers(), List.of(network.contentLayer()), network);
        List<String> styleNames = names(styleLayers);
        List<Object> styleKey = List.of(styleNames, settings.styleScale(),
                settings.colour() == ColourMode.MATCH_STYLE_TO_CONTENT);
        if (!styleKey.equals(styleTargetsFor)) {
            closeStyleTargets();
            styleTargets = new StyleTargets(stylePictures(settings.colour()), styleNames, settings.styleScale());
            styleTargetsFor = styleKey;
        }
        List<String> contentNames = names(contentLayers);
        if (!contentNames.equals(contentMatchesFor)) {
            contentMatches.forEach(FeatureMatch::close);
            contentMatches = contentNames.stream()
                    .map(layer -> new FeatureMatch(content, "content", layer, FeatureMatch.Match.L2)).toList();
            contentMatchesFor = contentNames;
        }
        return new Objective(List.of(
                new Objective.Weighted(new ContentTerm(contentMatches, weights(contentLayers)), settings.contentWeight()),
                new Objective.Weighted(new StyleTerm(styleTargets, weights(styleLayers), blend(settings)),
                        settings.styleWeight()),
                new Objective.Weighted(SMOOTHNESS, settings.tvWeight())));
    }

    /** With colours kept, the stylised luminance over the content's colours. */
    @Override
    public ArgbImage render(StyleSettings settings) {
        ArgbImage stylised = super.render(settings);
        if (settings.colour() != ColourMode.KEEP_CONTENT) {
            return stylised;
        }
        if (contentAtOutput == null || contentAtOutput.width() != stylised.width()
                || contentAtOutput.height() != stylised.height()) {
            contentAtOutput = TargetFeatures.fitted(content, stylised.width(), stylised.height());
        }
        return ColourTransfer.keepColours(stylised, contentAtOutput);
    }

    @Override
    public Optional<String> restartReason(StyleSettings current, StyleSettings next) {
        Optional<String> reason = super.restartReason(current, next);
        if (reason.isEmpty() && current.init() != next.init()) {
            return Optional.of("start image changed to " + next.init().name().toLowerCase(java.util.Locale.ROOT));
        }
        return reason;
    }

    private List<ArgbImage> stylePictures(ColourMode colour) {
        if (colour != ColourMode.MATCH_STYLE_TO_CONTENT) {
            return styles;
        }
        List<ArgbImage> matched = new ArrayList<>(styles.size());
        styles.forEach(style -> matched.add(ColourTransfer.matchColours(style, content)));
        return matched;
    }

    private List<Float> blend(StyleSettings settings) {
        List<Float> blend = settings.styleBlend();
        if (blend.isEmpty()) {
            return Collections.nCopies(styles.size(), 1f);
        }
        if (blend.size() != styles.size()) {
            throw new IllegalArgumentException(styles.size() + " style images but " + blend.size()
                    + " blend weights " + blend);
        }
        return blend;
    }

    /** The network's own style layers after the pixels' colours. */
    private static List<String> defaultStyleLayers(FeatureNet network) {
        List<String> layers = new ArrayList<>();
        layers.add(PIXELS);
        layers.addAll(network.styleLayers());
        return layers;
    }

    /** The chosen layers, or the defaults at weight 1, each checked against the network. */
    private static List<LayerWeight> layers(List<LayerWeight> chosen, List<String> defaults, FeatureNet network) {
        List<LayerWeight> layers = chosen.isEmpty()
                ? defaults.stream().map(layer -> new LayerWeight(layer, 1)).toList() : chosen;
        for (LayerWeight layer : layers) {
            if (!layer.layer().equals(PIXELS) && !network.layerNames().contains(layer.layer())) {
                throw new IllegalArgumentException("no layer \"" + layer.layer() + "\" in " + network.displayName()
                        + "; its layers are " + String.join(", ", network.layerNames()));
            }
        }
        return layers;
    }

    private static List<String> names(List<LayerWeight> layers) {
        return layers.stream().map(LayerWeight::layer).toList();
    }

    private static List<Double> weights(List<LayerWeight> layers) {
        return layers.stream().map(LayerWeight::weight).toList();
    }

    private void closeStyleTargets() {
        if (styleTargets != null) {
            styleTargets.close();
            styleTargets = null;
        }
    }

    @Override
    protected void closeObjective() {
        closeStyleTargets();
        styleTargetsFor = List.of();
        contentMatches.forEach(FeatureMatch::close);
        contentMatches = List.of();
        contentMatchesFor = List.of();
    }
}
