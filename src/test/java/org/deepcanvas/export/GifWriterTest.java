package org.deepcanvas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.deepcanvas.export.GifOptions.Mode;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GifWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void writesEveryFrameWithItsDelayAndLoopsForever(Mode mode) throws IOException {
        Path gif = dir.resolve("run.gif");
        GifWriter.write(gradientFrames(5, 32, 24), gif, GifOptions.defaults().withMode(mode).withFrameDelayMs(70),
                ExportMonitor.NONE);

        GifReadBack back = GifReadBack.read(gif);
        assertThat(back.frames()).hasSize(5);
        assertThat(back.frames()).allSatisfy(frame -> {
            assertThat(frame.getWidth()).isEqualTo(32);
            assertThat(frame.getHeight()).isEqualTo(24);
        });
        assertThat(back.delaysCentiseconds()).containsOnly(7);
        assertThat(back.netscapeLoopCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void playsThreeTimesAsInitialPlayPlusTwoRepeats(Mode mode) throws IOException {
        Path gif = dir.resolve("thrice.gif");
        GifWriter.write(gradientFrames(2, 8, 8), gif, GifOptions.defaults().withMode(mode).withPlays(3),
                ExportMonitor.NONE);

        assertThat(GifReadBack.read(gif).netscapeLoopCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void playingOnceWritesNoLoopBlock(Mode mode) throws IOException {
        Path gif = dir.resolve("once.gif");
        GifWriter.write(gradientFrames(3, 8, 8), gif, GifOptions.defaults().withMode(mode).withPlays(1),
                ExportMonitor.NONE);

        GifReadBack back = GifReadBack.read(gif);
        assertThat(back.frames()).hasSize(3);
        assertThat(back.netscapeLoopCount()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void enlargesWithCrispPixels(Mode mode) throws IOException {
        int red = 0xFFFF0000;
        int blue = 0xFF0000FF;
        ArgbImage twoPixels = new ArgbImage(2, 1, new int[] {red, blue});
        Path gif = dir.resolve("big.gif");
        GifWriter.write(List.of(twoPixels), gif, GifOptions.defaults().withMode(mode).withScale(3), ExportMonitor.NONE);

        var frame = GifReadBack.read(gif).frames().get(0);
        assertThat(frame.getWidth()).isEqualTo(6);
        assertThat(frame.getHeight()).isEqualTo(3);
        assertThat(frame.getRGB(2, 2)).isEqualTo(red);
        assertThat(frame.getRGB(3, 0)).isEqualTo(blue);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void shrinksByAveraging(Mode mode) throws IOException {
        int[] checker = new int[16];
        for (int i = 0; i < 16; i++) {
            checker[i] = (i % 4 + i / 4) % 2 == 0 ? 0xFF000000 : 0xFFFFFFFF;
        }
        Path gif = dir.resolve("small.gif");
        GifWriter.write(List.of(new ArgbImage(4, 4, checker)), gif, GifOptions.defaults().withMode(mode).withScale(0.5),
                ExportMonitor.NONE);

        var frame = GifReadBack.read(gif).frames().get(0);
        assertThat(frame.getWidth()).isEqualTo(2);
        int green = frame.getRGB(1, 1) >> 8 & 0xFF;
        assertThat(green).isBetween(110, 145);
    }

    @Test
    void reportsProgressForEveryFrame() throws IOException {
        List<String> reports = new ArrayList<>();
        GifWriter.write(gradientFrames(3, 8, 8), dir.resolve("p.gif"), GifOptions.defaults(), new ExportMonitor() {
            @Override
            public void progress(int done, int total) {
                reports.add(done + "/" + total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });

        assertThat(reports).containsExactly("1/3", "2/3", "3/3");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void cancelLeavesNoFileAndNoTemporary(Mode mode) throws IOException {
        Path gif = dir.resolve("cancelled.gif");
        ExportMonitor cancelAfterTwo = new ExportMonitor() {
            private int done;

            @Override
            public void progress(int frames, int total) {
                done = frames;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };

        assertThatThrownBy(() -> GifWriter.write(gradientFrames(5, 16, 16), gif,
                        GifOptions.defaults().withMode(mode), cancelAfterTwo))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void refusesFramesOfDifferentSizesBeforeWritingAnything() {
        List<ArgbImage> frames = List.of(ArgbImage.blank(10, 10), ArgbImage.blank(10, 10), ArgbImage.blank(12, 10));
        Path gif = dir.resolve("mixed.gif");

        assertThatThrownBy(() -> GifWriter.write(frames, gif, GifOptions.defaults(), ExportMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frame 3 is 12x10, the first is 10x10");
        assertThat(gif).doesNotExist();
    }

    @Test
    void refusesAScaleThatWouldMakeHugeFrames() {
        GifOptions huge = GifOptions.defaults().withScale(100);

        assertThatThrownBy(() -> GifWriter.write(List.of(ArgbImage.blank(64, 64)), dir.resolve("h.gif"), huge,
                        ExportMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6400x6400");
    }

    @Test
    void refusesAnEmptyAnimation() {
        assertThatThrownBy(() -> GifWriter.write(List.of(), dir.resolve("e.gif"), GifOptions.defaults(),
                        ExportMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one frame");
    }

    @Test
    void optionsRejectValuesAGifCannotHold() {
        GifOptions options = GifOptions.defaults();
        assertThatThrownBy(() -> options.withFrameDelayMs(10)).hasMessageContaining("frame delay");
        assertThatThrownBy(() -> options.withPlays(-1)).hasMessageContaining("plays");
        assertThatThrownBy(() -> options.withScale(0)).hasMessageContaining("scale");
        assertThatThrownBy(() -> options.withScale(Double.NaN)).hasMessageContaining("scale");
    }

    /** Smooth colour gradients (more than 256 colours, so quality mode must quantise). */
    static List<ArgbImage> gradientFrames(int count, int width, int height) {
        Random random = new Random(42);
        List<ArgbImage> frames = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            int[] pixels = new int[width * height];
            int shift = random.nextInt(64);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int r = (x * 255 / width + shift) & 0xFF;
                    int g = y * 255 / height;
                    int b = (x + y) * 4 & 0xFF;
                    pixels[y * width + x] = 0xFF000000 | r << 16 | g << 8 | b;
                }
            }
            frames.add(new ArgbImage(width, height, pixels));
        }
        return frames;
    }
}
