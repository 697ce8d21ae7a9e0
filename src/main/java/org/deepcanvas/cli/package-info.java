/**
 * The headless commands (picocli), one class per command, over {@code lab/} and {@code export/}.
 *
 * <p>How a command is written, so that every one behaves alike:
 * <ol>
 *   <li>Check everything before any work, first thing in {@code call()}, with one
 *       {@link org.deepcanvas.cli.Preflight}: {@code range("--steps", steps, 1, MAX)} for
 *       numbers, {@code inputFile} / {@code inputFolder} for what it reads,
 *       {@code output("--png", png, OutputKind.PNG)} for each file it writes (the folder must
 *       exist and be writable; no file given twice), {@code gifOptions.options(checks)} for the
 *       shared {@link org.deepcanvas.cli.GifMixin}, and {@code checks.settings(() -> new
 *       XSettings(...))} to build the settings record, whose own refusal becomes a usage error.
 *   <li>Run the job with {@link org.deepcanvas.cli.HeadlessRun}, which reports progress and
 *       stops cleanly on Ctrl+C, then export through {@code export/} (atomic files).
 *   <li>Throw for failures: the message is printed as one line ("error: ...") with exit
 *       status 1; a {@code ParameterException} (what Preflight throws for a bad value) exits
 *       with 2. {@link org.deepcanvas.cli.CommandFailure} says "this message is for the user".
 *       Never print usage text or a stack trace yourself; {@code --verbose} shows the trace.
 *   <li>Write what made each PNG: {@code handle.provenance(EXPERIMENT)} (settings, seed, steps,
 *       engine versions) {@code .withInput(...)}, {@code .withNetwork(...)} and
 *       {@code .withOptions(...)} for anything a rerun needs beyond the settings record.
 * </ol>
 *
 * <p>How an experiment reruns ({@code deepcanvas rerun result.png [--png OUT] [--gif OUT]}):
 * write one small {@link org.deepcanvas.cli.RerunRecipe} beside the command (see
 * {@code PaintRerun}) whose {@code arguments} turn the provenance back into the command's
 * arguments: {@code Reruns.seed} and {@code Reruns.step} (or an option such as epochs), every
 * field of the settings record, the recorded options, and {@code inputs.path(role)} for each
 * input (found where it was, beside the result, or in {@code --inputs DIR}, and refused if
 * its hash changed). Add it to {@code RerunCommand.RECIPES}. A setting the command cannot take
 * is a {@code CommandFailure} naming it. The rerun runs the command as a user would and then
 * says whether the new PNG is identical to the result, pixel for pixel; when a settings record
 * gains a field, its command and recipe gain the option together.
 */
package org.deepcanvas.cli;
