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
 * </ol>
 */
package org.deepcanvas.cli;
