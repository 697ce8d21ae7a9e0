package org.deepcanvas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheTargetWithTheNewContent() throws IOException {
        Path target = dir.resolve("notes.txt");
        Files.writeString(target, "old");

        AtomicFiles.writeString(target, "new ✓");

        assertThat(target).hasContent("new ✓");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void keepsTheOldFileAndLeavesNoTemporaryWhenTheWriterThrows() throws IOException {
        Path target = dir.resolve("result.png");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void leavesNothingWhenAWriterFailsWithARuntimeException() {
        Path target = dir.resolve("new.gif");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void refusesAMissingFolderInsteadOfCreatingIt() {
        Path target = dir.resolve("a/b/out.json");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "{}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the folder").hasMessageContaining("does not exist");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void aPermissionProblemNamesTheTargetNotTheTemporaryFile() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));

        assertThatThrownBy(() -> AtomicFiles.writeString(locked.resolve("out.png"), "x"))
                .hasMessageContaining("out.png").hasMessageContaining("no permission")
                .hasMessageNotContaining(".tmp");
    }

    @Test
    void refusesToReplaceAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.png"));

        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a directory");
        assertThat(folder).isEmptyDirectory();
    }

    private static Path[] filesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toArray(Path[]::new);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
