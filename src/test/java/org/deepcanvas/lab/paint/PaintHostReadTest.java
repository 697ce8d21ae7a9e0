package org.deepcanvas.lab.paint;

import java.util.List;
import org.deepcanvas.runtime.HostReadCheck;
import org.junit.jupiter.api.Test;

class PaintHostReadTest {

    @Test
    void paintingStepsReadNothingBackFromTheDevice() throws Exception {
        PaintJob one = new PaintJob(List.of(PaintJobTest.syntheticImage(12, 0)));
        HostReadCheck.assertStepsReadNothing(one, PaintSettings.DEFAULT.withDrawInterval(7), 30);
    }

    @Test
    void paintingManyImagesReadsNothingEither() throws Exception {
        PaintJob many = new PaintJob(List.of(PaintJobTest.syntheticImage(8, 0), PaintJobTest.syntheticImage(8, 3)));
        HostReadCheck.assertStepsReadNothing(many, PaintSettings.DEFAULT.withBatchSize(30), 30);
    }
}
