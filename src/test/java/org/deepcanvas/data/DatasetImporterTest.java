package org.deepcanvas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.deepcanvas.image.ImageCorpus;
import org.deepcanvas.image.ImageProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetImporterTest {
    private static final ImportProgress IGNORE = ImportProgress.NONE;

    @TempDir
    Path dir;

    private final DatasetImporter importer = new DatasetImporter(new ImportSettings(32, 100), 1);

    @Test
    void importsTheGoodFilesAndListsEachBadOneWithItsReason() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Path nested = Files.createDirectories(photos.resolve("b-nested"));
        ImageCorpus.write(ImageCorpus.solid(120, 80, Color.RED), "jpg", photos.resolve("a-red.jpg"));
        ImageCorpus.write(ImageCorpus.grey16(40, 40, 0x8000), "png", nested.resolve("grey16.png"));
        ImageCorpus.write(ImageCorpus.palette(40, 30), "png", nested.resolve("palette.png"));
        ImageCorpus.write(ImageCorpus.greyAlpha(40, 40, 0, 255), "png", photos.resolve("c-grey-alpha.png"));
        ImageCorpus.cmykJpeg(photos.resolve("d-cmyk.jpg"), 40, 40, 255, 0, 0, 0);
        ImageCorpus.animatedGif(photos.resolve("e-anim.gif"), Color.BLUE, Color.GREEN);
        Files.createFile(photos.resolve("empty.jpg"));
        ImageCorpus.truncatedJpeg(photos.resolve("cut.jpg"));
        ImageCorpus.corruptPng(photos.resolve("corrupt.png"));
        ImageCorpus.text(photos.resolve("notes.jpg"));
        ImageCorpus.write(ImageCorpus.solid(1, 1, Color.RED), "png", photos.resolve("dot.png"));
        ImageCorpus.hugePngHeader(photos.resolve("bomb.png"), 100_000, 100_000);
        Files.createSymbolicLink(photos.resolve("loop.jpg"), photos.resolve("loop.jpg"));
        Files.createSymbolicLink(nested.resolve("back-up"), photos);
        Files.writeString(photos.resolve("readme.txt"), "ignored: not an image extension");
        ImageCorpus.write(ImageCorpus.solid(40, 40, Color.RED), "png", photos.resolve(".hidden.png"));

        ImportResult result = importer.importFiles(List.of(photos), IGNORE, () -> false);

        assertThat(result.cancelled()).isFalse();
        assertThat(result.dataset().entries()).extracting(DatasetEntry::name).containsExactly(
                "a-red.jpg", "grey16.png", "palette.png", "c-grey-alpha.png", "d-cmyk.jpg", "e-anim.gif");
        assertThat(result.dataset().entries().get(0)).extracting(
                DatasetEntry::originalWidth, DatasetEntry::originalHeight).containsExactly(120, 80);
        assertThat(result.dataset().images()).allSatisfy(image -> assertThat(image.width()).isEqualTo(32));
        assertThat(result.dataset().images().get(4).argb(16, 16)).as("cyan ink").isEqualTo(0xFF00FFFF);
        assertThat(result.dataset().images().get(5).argb(16, 16)).as("first frame").isEqualTo(0xFF0000FF);
        Map<String, String> reasons = result.skipped().stream().collect(Collectors.toMap(
                skip -> Path.of(skip.source()).getFileName().toString(), SkippedFile::reason));
        assertThat(reasons).containsOnlyKeys("back-up", "bomb.png", "corrupt.png", "cut.jpg", "dot.png",
                "empty.jpg", "loop.jpg", "notes.jpg");
        assertThat(reasons).containsEntry("back-up", "symbolic link loop")
                .containsEntry("bomb.png",
                        "image header claims 100000x100000 pixels (limit: 16384 per side, 100 megapixels)")
                .containsEntry("cut.jpg", "truncated JPEG (the file ends early)")
                .containsEntry("dot.png", "too small: 1x1 pixels (at least 8x8 needed)")
                .containsEntry("empty.jpg", "empty file (0 bytes)")
                .containsEntry("loop.jpg", "symbolic link loop")
                .containsEntry("notes.jpg", "not an image (text file)");
        assertThat(reasons.get("corrupt.png")).startsWith("corrupt PNG (");
    }

    @Test
    void keepsTheOrderOfNamedFilesAndDropsDuplicatesAndNonImages() throws IOException {
        Path b = ImageCorpus.write(ImageCorpus.solid(40, 40, Color.RED), "png", dir.resolve("b.png"));
        Path a = ImageCorpus.write(ImageCorpus.solid(40, 40, Color.BLUE), "png", dir.resolve("a.png"));
        Path text = Files.writeString(dir.resolve("list.txt"), "milk");

        ImportResult result = importer.importFiles(List.of(b, a, b, text, dir.resolve("gone.png")), IGNORE, () -> false);

        assertThat(result.dataset().entries()).extracting(DatasetEntry::name).containsExactly("b.png", "a.png");
        assertThat(result.skipped()).extracting(SkippedFile::problem)
                .containsExactly(ImageProblem.NOT_AN_IMAGE, ImageProblem.UNREADABLE);
        assertThat(result.skipped().get(0).reason()).startsWith("not an image file (expected one of bmp, gif, jpeg");
    }

    @Test
    void stopsAtTheCountLimitAndReportsProgress() throws IOException {
        writeImages(5);
        Files.createFile(dir.resolve("img-0-empty.png"));
        List<String> updates = new ArrayList<>();

        ImportResult result = new DatasetImporter(new ImportSettings(32, 3))
                .importFiles(List.of(dir), (done, total, current) -> updates.add(done + "/" + total + " " + current),
                        () -> false);

        assertThat(result.dataset().entries()).hasSize(3);
        assertThat(updates).containsExactly(
                "0/3 img-0-empty.png", "1/4 img-1.png", "2/4 img-2.png", "3/4 img-3.png", "4/4 ");
    }

    @Test
    void cancellationStopsBeforeTheNextFile() throws IOException {
        writeImages(6);
        AtomicBoolean cancel = new AtomicBoolean();

        ImportResult result = importer.importFiles(List.of(dir),
                (done, total, current) -> cancel.set(done == 2), cancel::get);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.dataset().entries()).hasSize(2);
    }

    @Test
    void decodingOnSeveralThreadsGivesTheSameResultInTheSameOrder() throws IOException {
        writeImages(9);
        Files.createFile(dir.resolve("img-3-empty.png"));
        ImageCorpus.text(dir.resolve("img-5-text.png"));
        ImportSettings settings = new ImportSettings(32, 7);

        ImportResult serial = new DatasetImporter(settings, 1).importFiles(List.of(dir), IGNORE, () -> false);
        ImportResult parallel = new DatasetImporter(settings, 3).importFiles(List.of(dir), IGNORE, () -> false);

        assertThat(parallel.dataset().entries()).extracting(DatasetEntry::name).containsExactly(
                "img-1.png", "img-2.png", "img-3.png", "img-4.png", "img-5.png", "img-6.png", "img-7.png");
        assertThat(parallel.dataset().entries()).extracting(DatasetEntry::name)
                .isEqualTo(serial.dataset().entries().stream().map(DatasetEntry::name).toList());
        assertThat(parallel.skipped()).isEqualTo(serial.skipped()).hasSize(2);
        for (int i = 0; i < 7; i++) {
            assertThat(parallel.dataset().images().get(i).pixels())
                    .isEqualTo(serial.dataset().images().get(i).pixels());
        }
    }

    @Test
    void cancellationStopsPromptlyWithSeveralThreads() throws IOException {
        writeImages(12);
        AtomicBoolean cancel = new AtomicBoolean();

        ImportResult result = new DatasetImporter(new ImportSettings(32, 100), 3).importFiles(List.of(dir),
                (done, total, current) -> cancel.set(done == 4), cancel::get);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.dataset().entries()).extracting(DatasetEntry::name)
                .containsExactly("img-1.png", "img-2.png", "img-3.png", "img-4.png");
    }

    @Test
    void anInterruptCancelsToo() throws IOException {
        writeImages(2);
        Thread.currentThread().interrupt();
        try {
            ImportResult result = importer.importFiles(List.of(dir), IGNORE, () -> false);
            assertThat(result.cancelled()).isTrue();
            assertThat(result.dataset().isEmpty()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void importsTheBundledSamples() {
        ImportResult result = new DatasetImporter(ImportSettings.DEFAULTS).importSamples(IGNORE, () -> false);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.dataset().entries()).hasSize(SampleImages.NAMES.size());
        assertThat(result.dataset().entries().get(0)).extracting(DatasetEntry::name, DatasetEntry::originalWidth)
                .containsExactly("astronaut.png", 512);
        assertThat(result.dataset().images()).allSatisfy(image -> assertThat(image.height()).isEqualTo(100));
        assertThat(result.dataset().montage().columns()).isEqualTo(4);
        assertThat(result.dataset().statistics().count()).isEqualTo(11);
    }

    @Test
    void everyBundledSampleFileIsListed() throws IOException {
        try (var files = Files.list(Path.of("assets/samples"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(SampleImages.NAMES);
        }
    }

    @Test
    void settingsOutsideTheSupportedRangeAreRefusedClearly() {
        assertThatThrownBy(() -> new ImportSettings(16, 100))
                .hasMessage("image size must be between 32 and 256 pixels, not 16");
        assertThatThrownBy(() -> new ImportSettings(100, 0))
                .hasMessage("image count must be between 1 and 10000, not 0");
    }

    private void writeImages(int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            ImageCorpus.write(ImageCorpus.solid(40, 40, new Color(i * 20, 0, 0)), "png", dir.resolve("img-" + i + ".png"));
        }
    }
}
