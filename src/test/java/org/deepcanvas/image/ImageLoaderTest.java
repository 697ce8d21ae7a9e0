package org.deepcanvas.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ImageLoaderTest {
    @TempDir
    Path dir;

    @Test
    void decodesLargeImagesAtReducedResolutionButReportsTheOriginalSize() throws Exception {
        Path file = ImageCorpus.write(ImageCorpus.solid(1200, 900, Color.ORANGE), "jpg", dir.resolve("big.jpg"));

        LoadedImage loaded = ImageLoader.load(file, 100);

        assertThat(loaded.originalWidth()).isEqualTo(1200);
        assertThat(loaded.originalHeight()).isEqualTo(900);
        assertThat(loaded.format()).isEqualTo("JPEG");
        // every 9th pixel: 900 / 9 = 100 rows, 1200 / 9 = 134 columns
        assertThat(loaded.image().height()).isEqualTo(100);
        assertThat(loaded.image().width()).isEqualTo(134);
    }

    @Test
    void keepsSmallImagesAtFullResolution() throws Exception {
        Path file = ImageCorpus.write(ImageCorpus.solid(60, 40, Color.RED), "png", dir.resolve("small.png"));

        ArgbImage image = ImageLoader.load(file, 100).image();

        assertThat(image.width()).isEqualTo(60);
        assertThat(image.argb(10, 10)).isEqualTo(0xFFFF0000);
    }

    @Test
    void readsGreyPngsWithoutBrighteningThem() throws Exception {
        Path eight = ImageCorpus.write(ImageCorpus.grey8(16, 16, 128), "png", dir.resolve("g8.png"));
        Path sixteen = ImageCorpus.write(ImageCorpus.grey16(16, 16, 0x8080), "png", dir.resolve("g16.png"));

        assertThat(ImageLoader.load(eight, 16).image().argb(3, 3)).isEqualTo(0xFF808080);
        assertThat(ImageLoader.load(sixteen, 16).image().argb(3, 3)).isEqualTo(0xFF808080);
    }

    @Test
    void readsSixteenBitRgbPngs() throws Exception {
        Path file = ImageCorpus.write(ImageCorpus.rgb16(16, 16, 0xFFFF, 0x8080, 0), "png", dir.resolve("rgb16.png"));

        assertThat(ImageLoader.load(file, 16).image().argb(3, 3)).isEqualTo(0xFFFF8000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif", "bmp", "tiff"})
    void readsEveryCommonFormat(String format) throws Exception {
        Path file = ImageCorpus.write(ImageCorpus.solid(24, 16, Color.WHITE), format, dir.resolve("white." + format));

        LoadedImage loaded = ImageLoader.load(file, 16);

        assertThat(loaded.image().width()).isEqualTo(24);
        assertThat(loaded.image().argb(12, 8)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void compositesGreyWithAlphaOverWhite() throws Exception {
        Path file = ImageCorpus.write(ImageCorpus.greyAlpha(16, 16, 0, 128), "png", dir.resolve("ga.png"));

        // black at alpha 128/255 over white: 255 * 127 / 255 = 127
        assertThat(ImageLoader.load(file, 16).image().argb(0, 0)).isEqualTo(0xFF7F7F7F);
    }

    @Test
    void readsPalettePngs() throws Exception {
        Path file = ImageCorpus.write(ImageCorpus.palette(16, 16), "png", dir.resolve("pal.png"));

        assertThat(ImageLoader.load(file, 16).image().argb(5, 5)).isEqualTo(0xFF336699);
    }

    @Test
    void readsCmykJpegsAsRgb() throws Exception {
        Path cyan = ImageCorpus.cmykJpeg(dir.resolve("cyan.jpg"), 32, 24, 255, 0, 0, 0);
        Path black = ImageCorpus.cmykJpeg(dir.resolve("black.jpg"), 32, 24, 0, 0, 0, 255);

        LoadedImage loaded = ImageLoader.load(cyan, 24);

        assertThat(loaded.originalWidth()).isEqualTo(32);
        assertThat(loaded.image().argb(4, 4)).isEqualTo(0xFF00FFFF);
        assertThat(ImageLoader.load(black, 24).image().argb(4, 4)).isEqualTo(0xFF000000);
    }

    @Test
    void takesTheFirstFrameOfAnAnimatedGif() throws Exception {
        Path file = ImageCorpus.animatedGif(dir.resolve("anim.gif"), Color.RED, Color.BLUE);

        assertThat(ImageLoader.load(file, 20).image().argb(5, 5)).isEqualTo(0xFFFF0000);
    }

    @Test
    void loadsFromAStream() throws Exception {
        Path file = ImageCorpus.write(ImageCorpus.solid(30, 20, Color.GREEN), "png", dir.resolve("s.png"));

        try (var in = Files.newInputStream(file)) {
            assertThat(ImageLoader.load(in, 10).originalWidth()).isEqualTo(30);
        }
    }

    @Test
    void stopsDecodingWhenCancelled() throws IOException {
        Path file = ImageCorpus.write(ImageCorpus.noise(400, 300), "png", dir.resolve("noise.png"));
        AtomicInteger polls = new AtomicInteger();

        assertThatThrownBy(() -> ImageLoader.load(file, 300, () -> polls.incrementAndGet() > 2))
                .isInstanceOf(CancellationException.class);
        assertThat(polls.get()).as("asked while decoding, not only afterwards").isGreaterThan(2);
    }

    @Test
    void refusesEmptyFiles() throws IOException {
        assertRefused(Files.createFile(dir.resolve("empty.jpg")), ImageProblem.EMPTY_FILE)
                .hasMessage("empty file (0 bytes)");
    }

    @Test
    void refusesTruncatedJpegs() throws IOException {
        assertRefused(ImageCorpus.truncatedJpeg(dir.resolve("cut.jpg")), ImageProblem.TRUNCATED)
                .hasMessage("truncated JPEG (the file ends early)");
    }

    @Test
    void refusesCorruptPngs() throws IOException {
        assertRefused(ImageCorpus.corruptPng(dir.resolve("bad.png")), ImageProblem.CORRUPT)
                .hasMessageStartingWith("corrupt PNG");
    }

    @Test
    void refusesTextRenamedAsJpeg() throws IOException {
        assertRefused(ImageCorpus.text(dir.resolve("notes.jpg")), ImageProblem.NOT_AN_IMAGE)
                .hasMessage("not an image (text file)");
    }

    @Test
    void refusesTinyImages() throws IOException {
        Path file = ImageCorpus.write(ImageCorpus.solid(1, 1, Color.RED), "png", dir.resolve("dot.png"));
        assertRefused(file, ImageProblem.TOO_SMALL).hasMessage("too small: 1x1 pixels (at least 8x8 needed)");
    }

    @Test
    void refusesEnormousHeadersBeforeDecoding() throws IOException {
        Path file = ImageCorpus.hugePngHeader(dir.resolve("bomb.png"), 100_000, 100_000);
        assertRefused(file, ImageProblem.TOO_LARGE)
                .hasMessage("image header claims 100000x100000 pixels (limit: 16384 per side, 100 megapixels)");
        Path wide = ImageCorpus.hugePngHeader(dir.resolve("wide.png"), 16_000, 7_000);
        assertRefused(wide, ImageProblem.TOO_LARGE).hasMessageContaining("16000x7000");
    }

    @Test
    void refusesSymbolicLinkLoops() throws IOException {
        Path loop = dir.resolve("loop.jpg");
        Files.createSymbolicLink(loop, loop);
        assertRefused(loop, ImageProblem.LINK_LOOP).hasMessage("symbolic link loop");
    }

    @Test
    void refusesFoldersAndMissingFiles() throws IOException {
        assertRefused(Files.createDirectory(dir.resolve("folder.jpg")), ImageProblem.UNREADABLE)
                .hasMessage("not a regular file");
        assertRefused(dir.resolve("gone.jpg"), ImageProblem.UNREADABLE).hasMessage("file not found");
    }

    @Test
    void refusesFilesWithoutReadPermission() throws IOException {
        Path file = ImageCorpus.write(ImageCorpus.solid(10, 10, Color.RED), "png", dir.resolve("locked.png"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("running as a user who can read anything").isFalse();
        assertRefused(file, ImageProblem.UNREADABLE).hasMessage("no permission to read the file");
    }

    @Test
    void bundledTwelveMonkeysReadersAreRegistered() {
        assertThat(ImageIO.getReaderFormatNames()).contains("webp", "tiff");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file, ImageProblem problem) {
        return assertThatThrownBy(() -> ImageLoader.load(file, 100))
                .isInstanceOfSatisfying(UnusableImageException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
