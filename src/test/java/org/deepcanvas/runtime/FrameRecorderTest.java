package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Test;

class FrameRecorderTest {

    @Test
    void keepsAnEvenlyThinnedRunWithinItsFrameCount() {
        FrameRecorder recorder = new FrameRecorder(new FrameRecorder.Limits(10, 64, 1 << 20));
        for (int step = 0; step < 1_000; step++) {
            recorder.record(new Frame(ArgbImage.blank(8, 8), step, Map.of(), step));
        }

        assertThat(recorder.frames()).hasSizeBetween(5, 10);
        assertThat(recorder.frames()).extracting(Frame::step)
                .startsWith(0L).isSorted()
                .allSatisfy(step -> assertThat(step % 128).isZero());
        assertThat(recorder.frames().get(recorder.frames().size() - 1).step()).isGreaterThan(500);
    }

    @Test
    void staysWithinItsMemoryBudget() {
        long budget = 5 * 4 * 16 * 16;
        FrameRecorder recorder = new FrameRecorder(new FrameRecorder.Limits(1_000, 64, budget));
        for (int step = 0; step < 100; step++) {
            recorder.record(new Frame(ArgbImage.blank(16, 16), step, Map.of(), step));
        }

        assertThat(recorder.frames()).hasSizeBetween(2, 5);
    }

    @Test
    void downscalesByAveragingWholeBlocks() {
        int[] pixels = new int[4 * 2];
        pixels[0] = 0xff_ff_ff_ff;
        pixels[1] = 0xff_ff_ff_ff;
        pixels[4] = 0xff_00_00_00;
        pixels[5] = 0xff_00_00_00;
        ArgbImage small = FrameRecorder.downscale(new ArgbImage(4, 2, pixels), 2);

        assertThat(small.width()).isEqualTo(2);
        assertThat(small.height()).isEqualTo(1);
        assertThat(small.pixels()[0]).isEqualTo(0xff_7f_7f_7f);
        assertThat(small.pixels()[1]).isEqualTo(0x00_00_00_00);
    }

    @Test
    void clearStartsAFreshRecording() {
        FrameRecorder recorder = new FrameRecorder(FrameRecorder.Limits.DEFAULT);
        recorder.record(new Frame(ArgbImage.blank(2, 2), 1, Map.of(), 1));
        recorder.clear();

        assertThat(recorder.frames()).isEmpty();
    }
}
