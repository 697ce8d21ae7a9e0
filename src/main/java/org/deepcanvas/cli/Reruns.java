package org.deepcanvas.cli;

import org.deepcanvas.export.Provenance;

/** What every rerun recipe needs from a provenance, with one message when it is missing. */
final class Reruns {
    private Reruns() {}

    static long seed(Provenance provenance) {
        if (provenance.seed() == null) {
            throw new CommandFailure("the result records no seed, so it cannot be made again exactly");
        }
        return provenance.seed();
    }

    static long step(Provenance provenance) {
        if (provenance.step() == null) {
            throw new CommandFailure("the result records no step count (it was exported before DeepCanvas"
                    + " recorded one); rerun needs it");
        }
        return provenance.step();
    }
}
