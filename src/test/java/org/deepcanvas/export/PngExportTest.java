package org.deepcanvas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {
    record PaintSettings(Path image, int hiddenLayers, double learningRate, boolean colour) {}

    private static final ArgbImage IMAGE = new ArgbImage(3, 2,
            new int[] {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x80FFFFFF, 0x00000000, 0xFF123456});

    @TempDir
    Path dir;

    @Test
    void writesThePixelsExactly() throws IOException {
        Path png = dir.resolve("canvas.png");
        PngExport.write(IMAGE, png, Provenance.of("canvas", null, null));

        BufferedImage back = ImageIO.read(png.toFile());
        assertThat(ArgbImage.of(back).pixels()).containsExactly(IMAGE.pixels());
    }

    @Test
    void aPngFromElsewhereHasNoSettings() throws IOException {
        Path png = dir.resolve("plain.png");
        ImageIO.write(IMAGE.toBufferedImage(), "png", png.toFile());

        assertThat(PngExport.readProvenance(png)).isEmpty();
    }

    @Test
    void settingsComeBackFromTheTextChunkAsTheRecordTheyWere() throws IOException {
        PaintSettings settings = new PaintSettings(Path.of("photos", "Mona Lisa – copie.jpg"), 6, 1e-3, true);
        Provenance written = Provenance.of("paint", settings, 42L);
        Path png = dir.resolve("painting.png");

        PngExport.write(IMAGE, png, written);
        Files.delete(PngExport.sidecarOf(png));

        Provenance read = PngExport.readProvenance(png).orElseThrow();
        assertThat(read).isEqualTo(written);
        assertThat(read.settingsAs(PaintSettings.class)).isEqualTo(settings);
        assertThat(read.seed()).isEqualTo(42L);
    }

    @Test
    void settingsComeBackFromTheSidecarWhenThePngLostItsChunk() throws IOException {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("size", 100);
        settings.put("count", 100);
        Provenance written = new Provenance("0.1.0", "dataset", Instant.parse("2026-01-02T03:04:05Z"), null,
                Provenance.of("dataset", settings, null).settings());
        Path png = dir.resolve("montage.png");
        PngExport.write(IMAGE, png, written);
        ImageIO.write(IMAGE.toBufferedImage(), "png", png.toFile());

        assertThat(PngExport.sidecarOf(png)).isEqualTo(dir.resolve("montage.json"));
        Provenance read = PngExport.readProvenance(png).orElseThrow();
        assertThat(read).isEqualTo(written);
        assertThat(read.seed()).isNull();
        assertThat(read.settingsAs(Map.class)).containsEntry("size", 100.0);
    }

    @Test
    void sidecarNamesTheAppAndVersion() throws IOException {
        Path png = dir.resolve("mean.png");
        PngExport.write(IMAGE, png, Provenance.of("dataset", Map.of("size", 64), 7L));

        String json = Files.readString(PngExport.sidecarOf(png));
        assertThat(json).contains("\"app\": \"DeepCanvas\"", "\"experiment\": \"dataset\"", "\"seed\": 7",
                "\"size\": 64", "\"version\"", "\"createdAt\"");
    }

    @Test
    void aCorruptSidecarIsAClearError() throws IOException {
        Path png = dir.resolve("std.png");
        ImageIO.write(IMAGE.toBufferedImage(), "png", png.toFile());
        Files.writeString(PngExport.sidecarOf(png), "{ not json");

        assertThatThrownBy(() -> PngExport.readProvenance(png))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not DeepCanvas settings");
    }

    @Test
    void aFileThatIsNoPngIsAClearError() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.png"), "hello");

        assertThatThrownBy(() -> PngExport.readProvenance(fake))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("fake.png");
    }
}
