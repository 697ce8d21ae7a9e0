package org.deepcanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    record Settings(int layers, double learningRate) {}

    @TempDir
    Path dir;

    @Test
    void everyPartComesBackFromItsJson() throws IOException {
        Path image = Files.writeString(dir.resolve("cat.png"), "abc");
        Provenance written = Provenance.of("paint", new Settings(6, 1e-3), 42L)
                .withStep(2000)
                .withOptions(Map.of("size", 100))
                .withInput(InputFile.of("image", image))
                .withInput(InputFile.bundled("dataset", "/assets/fashion-mnist/"))
                .withNetwork(Provenance.Network.trained("coordinate-network"))
                .withVersions(Map.of("djl", "0.36.0", "engine", "PyTorch 2.7.1", "device", "CPU", "app", "forged"));

        Provenance read = Provenance.fromJson(written.toJson());

        assertThat(read).isEqualTo(written);
        assertThat(read.step()).isEqualTo(2000L);
        assertThat(read.settingsAs(Settings.class)).isEqualTo(new Settings(6, 1e-3));
        assertThat(read.options().get("size").getAsInt()).isEqualTo(100);
        assertThat(read.inputs().get(0)).isEqualTo(new InputFile("image", "cat.png",
                image.toAbsolutePath().toString(), 3, SHA256_OF_ABC, 1));
        assertThat(read.inputs().get(1).isBundled()).isTrue();
        assertThat(read.inputs().get(1).name()).isEqualTo("fashion-mnist");
        assertThat(read.network().weights()).isEqualTo(Provenance.Network.TRAINED_IN_THIS_RUN);
        assertThat(read.versions()).containsEntry("app", written.appVersion()).containsEntry("engine", "PyTorch 2.7.1");
        assertThat(written.toJson()).contains("\"format\": 2");
    }

    @Test
    void anUnsavedPictureIsRecordedByItsPixelsAndKnownAsUnsaved() throws IOException {
        ArgbImage picture = new ArgbImage(2, 1, new int[] {0xff102030, 0xff405060});
        InputFile recorded = InputFile.unsaved("start", "the last result", picture);

        Provenance read = Provenance.fromJson(Provenance.of("dream", new Settings(1, 1), 1L).withInput(recorded).toJson());

        InputFile input = read.inputs().get(0);
        assertThat(input.isUnsaved()).isTrue();
        assertThat(input.isBundled() || input.isFileSet()).isFalse();
        assertThat(input.sha256()).isEqualTo(InputFile.unsaved("start", "the last result",
                new ArgbImage(2, 1, new int[] {0xff102030, 0xff405060})).sha256());
        assertThat(input.sha256()).isNotEqualTo(InputFile.unsaved("start", "the last result",
                new ArgbImage(1, 2, new int[] {0xff102030, 0xff405060})).sha256());
        assertThat(input.bytes()).isEqualTo(4 * (2 + 2));
    }

    @Test
    void aFormatOneFileStillReads() {
        String v1 = """
                {"app": "DeepCanvas", "version": "0.1.0", "experiment": "dataset",
                 "createdAt": "2026-11-20T10:00:00Z", "settings": {"size": 100}}""";

        Provenance read = Provenance.fromJson(v1);

        assertThat(read.experiment()).isEqualTo("dataset");
        assertThat(read.settings().get("size").getAsInt()).isEqualTo(100);
        assertThat(read.step()).isNull();
        assertThat(read.inputs()).isEmpty();
        assertThat(read.network()).isNull();
        assertThat(read.versions()).containsOnly(Map.entry("app", "0.1.0"));
    }

    @Test
    void aFolderInputChangesWhenAnyOfItsFilesDoes() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("photos"));
        Path a = Files.writeString(folder.resolve("a.png"), "abc");
        Path b = Files.writeString(Files.createDirectory(folder.resolve("sub")).resolve("b.png"), "defg");

        InputFile before = InputFile.ofFiles("dataset", folder, List.of(a, b));
        Files.writeString(b, "defh");
        InputFile edited = InputFile.ofFiles("dataset", folder, List.of(a, b));
        InputFile reordered = InputFile.ofFiles("dataset", folder, List.of(b, a));

        assertThat(before.files()).isEqualTo(2);
        assertThat(before.bytes()).isEqualTo(7);
        assertThat(before.name()).isEqualTo("photos");
        assertThat(before.isFileSet()).isTrue();
        assertThat(edited.sha256()).isNotEqualTo(before.sha256());
        assertThat(reordered.sha256()).isNotEqualTo(edited.sha256());
    }

    @Test
    void anEditedFileGetsANewHashEvenWithItsSizeKept() throws IOException {
        Path file = Files.writeString(dir.resolve("x.png"), "abc");
        String first = FileHashes.sha256(file);
        Files.writeString(file, "abd");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000));

        assertThat(first).isEqualTo(SHA256_OF_ABC);
        assertThat(FileHashes.sha256(file)).isNotEqualTo(first);
    }
}
