package org.deepcanvas.cli;

import com.google.gson.JsonObject;
import java.util.List;
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

    /** Adds {@code --name value} when the options recorded one. */
    static void copy(JsonObject options, String name, List<String> arguments) {
        if (options.has(name)) {
            arguments.addAll(List.of("--" + name, options.get(name).getAsString()));
        }
    }

    /** Adds the flag {@code --name} when the options recorded it as true. */
    static void flag(JsonObject options, String name, List<String> arguments) {
        if (options.has(name) && options.get(name).getAsBoolean()) {
            arguments.add("--" + name);
        }
    }
}
