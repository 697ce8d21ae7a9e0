package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class IdleCoresTest {
    private static final long WINDOW = IdleCores.WINDOW_NANOS;

    /** Hands out the readings it was given, in order; a window's reading is the one after its start's. */
    private static final class Readings implements IdleCores.Load {
        private final Deque<IdleCores.Reading> queue = new ArrayDeque<>();
        private int reads;

        Readings then(double machine, double process) {
            queue.add(new IdleCores.Reading(machine, process));
            return this;
        }

        @Override
        public IdleCores.Reading read() {
            reads++;
            return queue.isEmpty() ? new IdleCores.Reading(-1, -1) : queue.poll();
        }
    }

    @Test
    void everyCoreIsIdleUntilAFirstWindowHasPassed() {
        Readings load = new Readings().then(1, 0);
        IdleCores cores = new IdleCores(load, 4);

        assertThat(cores.now(0)).isEqualTo(4);
        assertThat(cores.now(WINDOW - 1)).isEqualTo(4);
        assertThat(load.reads).isEqualTo(1);
    }

    @Test
    void othersBusyCoresAreTakenAwayAndGivenBack() {
        // four cores: this process on two, another on one; then the other stops
        Readings load = new Readings().then(0, 0).then(0.75, 0.5).then(0.5, 0.5);
        IdleCores cores = new IdleCores(load, 4);

        cores.now(0);
        assertThat(cores.now(WINDOW)).isEqualTo(3);
        assertThat(cores.now(WINDOW + 1)).as("within a window, no new reading").isEqualTo(3);
        assertThat(cores.now(2 * WINDOW)).isEqualTo(4);
    }

    @Test
    void atLeastOneCoreIsLeftAndHalfACoreOfOthersCountsAsOne() {
        Readings load = new Readings().then(0, 0).then(1, 0.5).then(1, 0.76);
        IdleCores cores = new IdleCores(load, 2);

        cores.now(0);
        assertThat(cores.now(WINDOW)).as("one other core busy").isEqualTo(1);
        assertThat(cores.now(2 * WINDOW)).as("others at 0.48 of a core").isEqualTo(2);
    }

    @Test
    void aWindowThatSpansAPauseKeepsTheLastAnswer() {
        // the process stepped on both cores, paused while another process ran, then went on
        Readings load = new Readings().then(0, 0).then(1, 1).then(0.5, 0.01).then(1, 1);
        IdleCores cores = new IdleCores(load, 2);

        cores.now(0);
        assertThat(cores.now(WINDOW)).isEqualTo(2);
        assertThat(cores.now(20 * WINDOW)).as("paused: this process used 0.02 of a core").isEqualTo(2);
        assertThat(cores.now(21 * WINDOW)).isEqualTo(2);
    }

    @Test
    void unknownLoadLeavesEveryCore() {
        IdleCores cores = new IdleCores(new Readings(), 8);

        cores.now(0);
        assertThat(cores.now(WINDOW)).isEqualTo(8);
    }
}
