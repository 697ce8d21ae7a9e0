package org.deepcanvas.cli;

import java.util.List;
import org.deepcanvas.export.Provenance;

/**
 * How `deepcanvas rerun` makes one experiment's results again: it turns the provenance a
 * result carries into the arguments of the experiment's own command, which then checks, runs
 * and exports exactly as it always does. One small class per experiment, listed in
 * {@link RerunCommand#RECIPES}; see the package comment.
 */
interface RerunRecipe {
    /** The experiment its provenance names, which is also the command's name, e.g. "paint". */
    String experiment();

    /**
     * The command's arguments that repeat the run, without the command's name and without
     * output options: the seed, the steps, every setting and the inputs where they are now.
     *
     * @throws CommandFailure when the provenance lacks something the run needs, or names a
     *     setting the command cannot take
     */
    List<String> arguments(Provenance provenance, RerunInputs inputs);

    /** The option that writes the kind of PNG the experiment's results are. */
    default String pngOption() {
        return "--png";
    }

    /** The option that writes its training animation. */
    default String gifOption() {
        return "--gif";
    }
}
