/**
 * The image-optimisation core that deep dream, guided hallucination and the style net share:
 * optimise the pixels of one image by the gradient of an objective read from a feature
 * network's layers.
 *
 * <p>Where a step happens: {@link org.deepcanvas.lab.imageopt.ImageOptimiser#step} (jitter,
 * forward, objective, backward, gradient blur, step rule, decay, image blur, clamp). Around
 * it, {@link org.deepcanvas.lab.imageopt.ImageRun} walks the octave pyramid and then the
 * fractal zoom's frames.
 *
 * <p>The pieces an experiment plugs together:
 * <ul>
 *   <li>{@link org.deepcanvas.lab.imageopt.Term}: one differentiable scalar over
 *       {@link org.deepcanvas.lab.imageopt.Features} (layer activations, class scores, the
 *       pixels). Built in: {@link org.deepcanvas.lab.imageopt.LayerActivation} (layer or
 *       channel, mean or L2), {@link org.deepcanvas.lab.imageopt.ClassScore} (logit or
 *       log-softmax), {@link org.deepcanvas.lab.imageopt.FeatureMatch} (a picture's features
 *       by dot product or L2: the guide, the style net's content),
 *       {@link org.deepcanvas.lab.imageopt.TotalVariation}. Terms with fixed targets make them
 *       in {@code prepare} through {@link org.deepcanvas.lab.imageopt.TargetFeatures}.</li>
 *   <li>{@link org.deepcanvas.lab.imageopt.Objective}: terms with live weights, rebuilt per
 *       step for free; the optimiser minimises it, a term's reading is what the chart shows.</li>
 *   <li>{@link org.deepcanvas.lab.imageopt.StepRule}, named by
 *       {@link org.deepcanvas.lab.imageopt.StepMethod}: how pixels move (normalised gradient,
 *       Adam); a new rule is one enum constant and one class.</li>
 *   <li>Settings records, all live: {@link org.deepcanvas.lab.imageopt.OptimiserSettings}
 *       (step, jitter, blur, decay, clamp), {@link org.deepcanvas.lab.imageopt.OctaveSettings},
 *       {@link org.deepcanvas.lab.imageopt.ZoomSettings}.</li>
 * </ul>
 * Everything runs on the compute thread; arrays kept across steps belong to the job's
 * manager and are unregistered from the step's NDScope.
 */
package org.deepcanvas.lab.imageopt;
