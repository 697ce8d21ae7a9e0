package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an image optimisation minimises: terms with weights, summed. Rebuilt cheaply
 * whenever a weight slider moves (the terms, and the targets they hold, are kept), so
 * weights act at the next step.
 */
public record Objective(List<Weighted> terms) {

    /** A term and its weight; a weight of 0 leaves the term out of the sum and the forward pass. */
    public record Weighted(Term term, double weight) {
        public Weighted {
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException(term.label() + ": weight must be a finite number, not " + weight);
            }
        }
    }

    public Objective {
        terms = List.copyOf(terms);
        if (terms.stream().noneMatch(weighted -> weighted.weight() != 0)) {
            throw new IllegalArgumentException("an objective needs at least one term with a weight other than 0");
        }
    }

    public static Objective of(Term term) {
        return new Objective(List.of(new Weighted(term, 1)));
    }

    /** Every layer the weighted terms read, for one forward pass. */
    public Set<String> taps() {
        Set<String> taps = new LinkedHashSet<>();
        active().forEach(weighted -> taps.addAll(weighted.term().layers()));
        return taps;
    }

    /** The weighted sum and each term's reading. */
    public Evaluation evaluate(Features features) {
        NDArray total = null;
        Map<String, NDArray> readings = new LinkedHashMap<>();
        for (Weighted weighted : active()) {
            Term term = weighted.term();
            NDArray loss = term.loss(features);
            readings.put(term.label(), term.reading(features, loss));
            NDArray scaled = weighted.weight() == 1 ? loss : loss.mul(features.scalars().of((float) weighted.weight()));
            total = total == null ? scaled : total.add(scaled);
        }
        return new Evaluation(total, readings);
    }

    private List<Weighted> active() {
        return terms.stream().filter(weighted -> weighted.weight() != 0).toList();
    }
}
