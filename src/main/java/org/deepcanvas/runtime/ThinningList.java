package org.deepcanvas.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A bounded history that always spans the whole run: when it is over its count or byte
 * budget it drops every second item and from then on keeps only every second offer, so a
 * long run is kept at a coarser and coarser, but even, spacing. Thread-safe.
 */
final class ThinningList<T> {
    private final int maxItems;
    private final long maxBytes;
    private final ToLongFunction<T> sizeOf;
    private final List<T> items = new ArrayList<>();
    private long bytes;
    private long stride = 1;
    private long offers;

    ThinningList(int maxItems, long maxBytes, ToLongFunction<T> sizeOf) {
        if (maxItems < 2 || maxBytes <= 0) {
            throw new IllegalArgumentException("a history needs room for two items");
        }
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
        this.sizeOf = sizeOf;
    }

    synchronized void offer(T item) {
        if (offers++ % stride != 0) {
            return;
        }
        items.add(item);
        bytes += sizeOf.applyAsLong(item);
        while (items.size() > 1 && (items.size() > maxItems || bytes > maxBytes)) {
            thin();
        }
    }

    private void thin() {
        List<T> kept = new ArrayList<>(items.size() / 2 + 1);
        bytes = 0;
        for (int i = 0; i < items.size(); i += 2) {
            kept.add(items.get(i));
            bytes += sizeOf.applyAsLong(items.get(i));
        }
        items.clear();
        items.addAll(kept);
        stride *= 2;
    }

    synchronized List<T> snapshot() {
        return List.copyOf(items);
    }

    synchronized void clear() {
        items.clear();
        bytes = 0;
        stride = 1;
        offers = 0;
    }
}
