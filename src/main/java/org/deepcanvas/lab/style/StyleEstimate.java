package org.deepcanvas.lab.style;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.deepcanvas.lab.imageopt.ImageOptWorkload;
import org.deepcanvas.lab.imageopt.LayerWeight;
import org.deepcanvas.lab.imageopt.MemoryEstimate;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.nn.Architecture;

/**
 * What a style transfer will need before it runs, as the pane shows it: the memory of its
 * largest resolution level against what the device can give, the largest size that fits
 * when it does not, and the time of the whole run at a measured speed.
 *
 * @param peakBytes the memory a step at full size needs
 * @param usableBytes what the device can give now
 * @param largestThatFits the largest longest side that fits when this one does not; empty when it fits (or nothing does)
 * @param seconds the run's time over all its levels, at the measured speed; 0 when the speed is not known yet
 */
public record StyleEstimate(long peakBytes, long usableBytes, OptionalInt largestThatFits, double seconds) {

    public boolean fits() {
        return peakBytes <= usableBytes;
    }

    /**
     * @param network the architecture the settings name (its features)
     * @param styles how many style pictures
     * @param heightOverWidth the content's shape, which the result takes
     * @param multiplyAddsPerSecond the device's measured speed, or 0 when unknown
     */
    public static StyleEstimate of(StyleSettings settings, Architecture network, int styles, double heightOverWidth,
                                   boolean cpu, long usableBytes, double multiplyAddsPerSecond) {
        ImageOptWorkload workload = ImageOptWorkload.style(network, names(settings.contentLayers(),
                        List.of(network.contentLayer())), names(settings.styleLayers(), network.styleLayers()), styles,
                settings.method().imageCopies());
        int[] full = MemoryEstimate.heightAndWidth(settings.size(), heightOverWidth);
        long peak = MemoryEstimate.of(workload, full[0], full[1], cpu).totalBytes();
        OptionalInt largest = peak <= usableBytes ? OptionalInt.empty()
                : MemoryEstimate.largestSideThatFits(workload, usableBytes, cpu, heightOverWidth);
        double seconds = 0;
        if (multiplyAddsPerSecond > 0) {
            OctaveSettings levels = settings.octaves();
            List<OctaveSettings.Size> sizes = levels.sizes(full[1], full[0]);
            for (int i = 0; i < sizes.size(); i++) {
                long steps = i < sizes.size() - 1 ? levels.iterations()
                        : Math.max(0, settings.iterations() - (long) levels.iterations() * (sizes.size() - 1));
                OctaveSettings.Size level = sizes.get(i);
                seconds += MemoryEstimate.of(workload, level.height(), level.width(), cpu)
                        .seconds(steps, multiplyAddsPerSecond);
            }
        }
        return new StyleEstimate(peak, usableBytes, largest, seconds);
    }

    /** The chosen layers (the pixels aside: their Gram is 3 x 3), or the network's own. */
    private static Set<String> names(List<LayerWeight> chosen, List<String> network) {
        Set<String> names = new LinkedHashSet<>();
        if (chosen.isEmpty()) {
            names.addAll(network);
        } else {
            chosen.forEach(layer -> names.add(layer.layer()));
        }
        names.remove(StyleJob.PIXELS);
        return names;
    }
}
