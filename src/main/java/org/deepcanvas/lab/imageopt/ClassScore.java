package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import java.util.Set;

/**
 * Dream a class into the image: raise its logit, or its log-softmax (which also lowers
 * every other class, so the picture looks less like anything else). The reading is the
 * class's softmax probability either way.
 *
 * @param name the class's name, for the chart
 */
public record ClassScore(int classIndex, String name, Score score) implements Term {

    public enum Score { LOGIT, LOG_SOFTMAX }

    public ClassScore {
        if (classIndex < 0) {
            throw new IllegalArgumentException("class index must be 0 or more, not " + classIndex);
        }
    }

    @Override
    public String label() {
        return "P(" + name + ")";
    }

    @Override
    public Set<String> layers() {
        return Set.of();
    }

    @Override
    public NDArray loss(Features features) {
        NDArray logits = features.logits();
        long classes = logits.getShape().get(1);
        if (classIndex >= classes) {
            throw new IllegalArgumentException("class " + classIndex + " is out of range: "
                    + features.net().displayName() + " has " + classes + " classes");
        }
        NDArray scores = score == Score.LOG_SOFTMAX ? logits.logSoftmax(1) : logits;
        return scores.get(":, " + classIndex).mean().neg();
    }

    @Override
    public NDArray reading(Features features, NDArray loss) {
        return features.logits().softmax(1).get(":, " + classIndex).mean();
    }
}
