package org.deepcanvas.lab.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import org.deepcanvas.nn.DeviceScalars;

/**
 * The course's equilibrium balancing (CADL session 5): a discriminator that cannot tell real
 * from fake scores ln 2 on both its losses. While either loss (on real images, on fakes) is
 * below ln 2 - margin the discriminator is winning and skips its update; while either is
 * above ln 2 + margin it is losing and the generator skips its update; when both would skip,
 * both learn. Decided on the device, as gates for {@code nn.Adam}: 1 learns, 0 skips.
 *
 * @param discriminator the discriminator's gate (0-d)
 * @param generator the generator's gate (0-d)
 */
public record Equilibrium(NDArray discriminator, NDArray generator) {

    /** The gates for one step from the discriminator's two losses, before either network learns. */
    public static Equilibrium decide(NDArray realLoss, NDArray fakeLoss, float margin, DeviceScalars scalars) {
        NDArray low = scalars.of(GanSettings.EQUILIBRIUM - margin);
        NDArray high = scalars.of(GanSettings.EQUILIBRIUM + margin);
        NDArray winning = realLoss.lt(low).logicalOr(fakeLoss.lt(low));
        NDArray losing = realLoss.gt(high).logicalOr(fakeLoss.gt(high));
        NDArray both = winning.logicalAnd(losing).toType(DataType.FLOAT32, false);
        NDArray one = scalars.of(1f);
        return new Equilibrium(
                one.sub(winning.toType(DataType.FLOAT32, false)).addi(both),
                one.sub(losing.toType(DataType.FLOAT32, false)).addi(both));
    }
}
