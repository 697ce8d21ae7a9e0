package org.deepcanvas.lab.dream;

import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.ClassScore;
import org.deepcanvas.lab.imageopt.ImageJob;
import org.deepcanvas.lab.imageopt.ImageRun;
import org.deepcanvas.lab.imageopt.LayerActivation;
import org.deepcanvas.lab.imageopt.NetworkOpener;
import org.deepcanvas.lab.imageopt.Objective;
import org.deepcanvas.lab.imageopt.Term;
import org.deepcanvas.nn.FeatureNet;

/**
 * Deep dream (CADL session 4): amplify what a network sees in a picture (or in noise) by
 * gradient ascent on its layers, channels or classes, octave by octave, then, if asked,
 * zoom in frame after frame for the infinite fractal zoom.
 */
public final class DreamJob extends ImageJob<DreamSettings> {
    private List<DreamGoal> builtFor = List.of();
    private List<Term> terms = List.of();

    /** @param start the picture to dream into, or null to dream from noise */
    public DreamJob(NetworkOpener networks, ArgbImage start) {
        super(networks, start, ImageRun.Carry.DETAIL);
    }

    /** Terms are remade only when a goal's target changes; weights alone reuse them. */
    @Override
    protected Objective objective(DreamSettings settings, FeatureNet network) {
        List<DreamGoal> goals = settings.goals();
        if (!sameTargets(goals)) {
            List<Term> made = new ArrayList<>(goals.size());
            for (DreamGoal goal : goals) {
                made.add(term(goal, network));
            }
            terms.forEach(Term::close);
            terms = List.copyOf(made);
        }
        builtFor = goals;
        List<Objective.Weighted> weighted = new ArrayList<>(goals.size());
        for (int i = 0; i < goals.size(); i++) {
            weighted.add(new Objective.Weighted(terms.get(i), goals.get(i).weight()));
        }
        return new Objective(weighted);
    }

    private boolean sameTargets(List<DreamGoal> goals) {
        if (goals.size() != builtFor.size()) {
            return false;
        }
        for (int i = 0; i < goals.size(); i++) {
            if (!goals.get(i).sameTarget(builtFor.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The term for one goal, checked against the network so a wrong name fails with the names it has. */
    static Term term(DreamGoal goal, FeatureNet network) {
        if (goal.kind() == DreamGoal.Kind.CLASS) {
            if (!network.hasClassifier()) {
                throw new IllegalArgumentException(network.displayName() + " has no classifier to dream a class with");
            }
            int index = network.labels().indexOf(goal.className());
            if (index < 0) {
                throw new IllegalArgumentException("no class \"" + goal.className() + "\" in " + network.displayName()
                        + suggestion(goal.className(), network.labels()));
            }
            return new ClassScore(index, goal.className(), ClassScore.Score.LOG_SOFTMAX);
        }
        if (!network.layerNames().contains(goal.layer())) {
            throw new IllegalArgumentException("no layer \"" + goal.layer() + "\" in " + network.displayName()
                    + "; its layers are " + String.join(", ", network.layerNames()));
        }
        return goal.kind() == DreamGoal.Kind.CHANNEL
                ? new LayerActivation(goal.layer(), goal.channel(), LayerActivation.Measure.MEAN)
                : LayerActivation.wholeLayer(goal.layer());
    }

    /** "; did you mean ...?" with up to five class names that contain the text, or nothing. */
    private static String suggestion(String wanted, List<String> labels) {
        String lower = wanted.toLowerCase(java.util.Locale.ROOT);
        List<String> close = labels.stream().filter(label -> label.toLowerCase(java.util.Locale.ROOT).contains(lower))
                .limit(5).toList();
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    }

    @Override
    protected void closeObjective() {
        terms.forEach(Term::close);
        terms = List.of();
        builtFor = List.of();
    }
}
