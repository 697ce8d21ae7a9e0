package org.deepcanvas.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.deepcanvas.AppVersion;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `deepcanvas rerun result.png`: makes a result again from the provenance it carries, through
 * the experiment's own command, and says whether the new image is the same pixel for pixel.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Make a result again from the settings, seed, steps and inputs its PNG records.",
            "On the same machine a seeded result comes out identical; the command says whether it did."})
final class RerunCommand implements Callable<Integer> {
    /** Every experiment whose results rerun; one small class each (see the package comment). */
    static final List<RerunRecipe> RECIPES = List.of(new PaintRerun(), new AutoencodeRerun(), new GanRerun());

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULT", description = "A PNG that DeepCanvas exported.")
    Path result;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the new image here (default: RESULT-rerun.png).")
    Path png;

    @Option(names = "--gif", paramLabel = "FILE", description = "Also write the training animation here.")
    Path gif;

    @Option(names = "--inputs", paramLabel = "DIR", description = "Look for the result's input files here too.")
    Path inputsFolder;

    @Mixin
    GifMixin gifOptions;

    @Override
    public Integer call() throws Exception {
        Path target = png != null ? png : defaultTarget();
        Preflight checks = Preflight.of(spec);
        checks.inputFile("RESULT", result).inputFolder("--inputs", inputsFolder)
                .output("--png", target, OutputKind.PNG).output("--gif", gif, OutputKind.GIF);
        gifOptions.options(checks);
        Provenance original = PngExport.readProvenance(result).orElseThrow(() -> new CommandFailure(result
                + " records no DeepCanvas settings (no text chunk, no " + PngExport.sidecarOf(result).getFileName()
                + " beside it)"));
        RerunRecipe recipe = RECIPES.stream().filter(r -> r.experiment().equals(original.experiment())).findFirst()
                .orElseThrow(() -> new CommandFailure("rerun cannot make " + original.experiment() + " results yet;"
                        + " it makes " + String.join(", ", RECIPES.stream().map(RerunRecipe::experiment).toList())));
        RerunInputs inputs = RerunInputs.find(original.inputs(), result, inputsFolder);
        List<String> arguments = new ArrayList<>();
        arguments.add(recipe.experiment());
        arguments.addAll(recipe.arguments(original, inputs));
        arguments.addAll(List.of(recipe.pngOption(), target.toString()));
        if (gif != null) {
            arguments.addAll(List.of(recipe.gifOption(), gif.toString()));
            arguments.addAll(gifOptions.arguments());
        }
        PrintWriter out = spec.commandLine().getOut();
        noteOtherVersion("DeepCanvas", original.appVersion(), AppVersion.get(), out);
        out.println("rerun: deepcanvas " + String.join(" ", arguments));
        out.flush();
        int exit = commandLikeThis().execute(arguments.toArray(String[]::new));
        if (exit == 0) {
            compare(original, target, inputs, out);
        }
        return exit;
    }

    private Path defaultTarget() {
        String name = result.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return result.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-rerun.png");
    }

    /** A fresh command line (picocli keeps option values in its objects) printing where this one does. */
    private CommandLine commandLikeThis() {
        CommandLine fresh = DeepCanvasCommand.commandLine();
        fresh.setOut(spec.commandLine().getOut());
        fresh.setErr(spec.commandLine().getErr());
        return fresh;
    }

    /** Says whether the rerun is the original again, and what differed when it is not. */
    private void compare(Provenance original, Path rerun, RerunInputs inputs, PrintWriter out) throws IOException {
        Provenance now = PngExport.readProvenance(rerun).orElseThrow();
        inputs.changedSets(now.inputs()).forEach(changed ->
                out.println("note: the " + changed + " differs from the original run, so the result may too"));
        for (Map.Entry<String, String> version : original.versions().entrySet()) {
            if (!version.getKey().equals("app")) {
                noteOtherVersion(version.getKey(), version.getValue(), now.versions().get(version.getKey()), out);
            }
        }
        BufferedImage before = ImageIO.read(result.toFile());
        BufferedImage after = ImageIO.read(rerun.toFile());
        out.println(PixelDifference.between(before, after).describe(result.getFileName().toString()));
    }

    private static void noteOtherVersion(String what, String then, String now, PrintWriter out) {
        if (!Objects.equals(then, now)) {
            out.println("note: the result was made with " + what + " " + then + ", this is " + now
                    + "; the numbers may differ slightly");
        }
    }
}
