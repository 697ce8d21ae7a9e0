package org.deepcanvas.lab.gan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import org.deepcanvas.nn.DeviceScalars;
import org.junit.jupiter.api.Test;

/** The course's rule, around ln 2 = 0.693 with margin 0.2: D skips below 0.493, G skips above 0.893. */
class EquilibriumTest {
    @Test
    void skipsTheWinnersOrTheLosersUpdateAndNeverBoth() {
        assertGates(0.6f, 0.7f, 1, 1);  // near equilibrium: both learn
        assertGates(0.3f, 0.7f, 0, 1);  // D wins on real images: D rests
        assertGates(0.7f, 0.2f, 0, 1);  // D wins on fakes: D rests
        assertGates(1.2f, 0.6f, 1, 0);  // D loses on real images: G rests
        assertGates(0.6f, 0.95f, 1, 0); // D loses on fakes: G rests
        assertGates(0.3f, 1.5f, 1, 1);  // both would rest: both learn
    }

    @Test
    void aZeroMarginSkipsAtTheSlightestImbalance() {
        try (NDManager manager = NDManager.newBaseManager(); DeviceScalars scalars = new DeviceScalars(manager)) {
            Equilibrium gates = Equilibrium.decide(manager.create(0.69f), manager.create(0.69f), 0f, scalars);

            assertThat(gates.discriminator().getFloat()).isEqualTo(0f);
            assertThat(gates.generator().getFloat()).isEqualTo(1f);
        }
    }

    private static void assertGates(float realLoss, float fakeLoss, float discriminator, float generator) {
        try (NDManager manager = NDManager.newBaseManager(); DeviceScalars scalars = new DeviceScalars(manager)) {
            Equilibrium gates = Equilibrium.decide(manager.create(realLoss), manager.create(fakeLoss), 0.2f, scalars);

            assertThat(gates.discriminator().getFloat()).as("D's gate at %s / %s", realLoss, fakeLoss)
                    .isEqualTo(discriminator);
            assertThat(gates.generator().getFloat()).as("G's gate at %s / %s", realLoss, fakeLoss).isEqualTo(generator);
        }
    }
}
