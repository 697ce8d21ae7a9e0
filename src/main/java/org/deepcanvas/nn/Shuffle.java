package org.deepcanvas.nn;

import java.util.Random;

/** The order in which training visits its examples each epoch. */
public final class Shuffle {
    private Shuffle() {}

    /** 0 .. count-1 in a uniformly random order (Fisher-Yates), repeatable for a seeded {@code random}. */
    public static int[] order(int count, Random random) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
