package org.deepcanvas.lab.latent;

import java.util.List;

/**
 * A direction in latent space that adds an attribute: the mean code of the images that have
 * it minus the mean code of those that do not ("more sneaker, less boot"). Added to any code
 * with a weight, it moves the decoded image towards the first group.
 *
 * @param name what the direction adds, for its slider ("Sneaker - Ankle boot")
 * @param direction the difference of the two means
 */
public record AttributeVector(String name, float[] direction) {
    public AttributeVector {
        direction = direction.clone();
    }

    /** The mean of {@code with} minus the mean of {@code without}; both groups need codes of one size. */
    public static AttributeVector between(String name, float[][] with, float[][] without) {
        if (with.length == 0 || without.length == 0) {
            throw new IllegalArgumentException("an attribute needs codes on both sides, got " + with.length
                    + " and " + without.length);
        }
        float[] more = mean(with);
        float[] less = mean(without);
        if (more.length != less.length) {
            throw new IllegalArgumentException("codes differ in size: " + more.length + " and " + less.length);
        }
        float[] direction = new float[more.length];
        for (int i = 0; i < direction.length; i++) {
            direction[i] = more[i] - less[i];
        }
        return new AttributeVector(name, direction);
    }

    /** The mean code of class {@code more} minus that of class {@code less}, from labelled codes. */
    public static AttributeVector fromLabels(float[][] codes, int[] labels, int more, int less, List<String> classNames) {
        if (codes.length != labels.length) {
            throw new IllegalArgumentException("expected one label per code");
        }
        return between(classNames.get(more) + " - " + classNames.get(less), ofClass(codes, labels, more),
                ofClass(codes, labels, less));
    }

    /** {@code code + amount * direction}. */
    public float[] applyTo(float[] code, double amount) {
        if (code.length != direction.length) {
            throw new IllegalArgumentException("expected a code of size " + direction.length + ", got " + code.length);
        }
        float[] moved = new float[code.length];
        for (int i = 0; i < code.length; i++) {
            moved[i] = (float) (code[i] + amount * direction[i]);
        }
        return moved;
    }

    private static float[][] ofClass(float[][] codes, int[] labels, int label) {
        int count = 0;
        for (int l : labels) {
            count += l == label ? 1 : 0;
        }
        float[][] chosen = new float[count][];
        int next = 0;
        for (int i = 0; i < codes.length; i++) {
            if (labels[i] == label) {
                chosen[next++] = codes[i];
            }
        }
        return chosen;
    }

    private static float[] mean(float[][] codes) {
        float[] sum = new float[codes[0].length];
        for (float[] code : codes) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += code[i] / codes.length;
            }
        }
        return sum;
    }
}
