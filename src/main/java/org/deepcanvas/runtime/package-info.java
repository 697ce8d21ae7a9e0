/**
 * The live training runtime: one compute thread that owns every NDArray and steps all
 * running jobs round-robin.
 *
 * <p>An experiment implements {@link org.deepcanvas.runtime.Job} (start / step / render /
 * close, all on the compute thread). A pane or command submits it:
 *
 * <pre>{@code
 * JobHandle<PaintSettings> handle = runtime.submit("Pixel painting", new PaintJob(images),
 *         PaintSettings.DEFAULT, RunOptions.defaults().withSeed(seed));
 * handle.addStateListener(state -> Platform.runLater(() -> status.set(state.toString())));
 * handle.start();
 * handle.updateSettings(handle.settings().withLearningRate(3e-3)); // live, next step
 * // an AnimationTimer polls handle.latestFrame() and copies the newest frame's pixels
 * }</pre>
 *
 * <p>Everything a handle returns is plain Java and safe on any thread; listeners run on
 * the compute thread, so a UI hands their values to its own thread. Queries that need
 * the job's arrays (a latent walk) go through {@link org.deepcanvas.runtime.JobHandle#call}.
 */
package org.deepcanvas.runtime;
