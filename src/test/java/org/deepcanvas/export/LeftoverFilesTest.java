package org.deepcanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverFilesTest {
    private static final long NO_SUCH_PROCESS = Long.MAX_VALUE;

    @TempDir
    Path dir;

    @AfterEach
    void stopTracking() {
        LeftoverFiles.untrack();
    }

    @Test
    void theNextStartDeletesWhatAKilledExportLeft() throws IOException {
        Path journal = dir.resolve("journal");
        Path exports = Files.createDirectory(dir.resolve("exports"));
        Path killed = Files.writeString(exports.resolve(LeftoverFiles.temporaryName("walk.gif")), "half a GIF");
        Path running = Files.writeString(exports.resolve(LeftoverFiles.temporaryName("other.gif")), "in progress");
        Path notOurs = Files.writeString(exports.resolve("notes.txt"), "keep");
        Files.createDirectories(journal);
        Files.writeString(journal.resolve("killed.pending"), NO_SUCH_PROCESS + "\n" + killed);
        Files.writeString(journal.resolve("running.pending"), ProcessHandle.current().parent().orElseThrow().pid()
                + "\n" + running);
        Files.writeString(journal.resolve("foreign.pending"), NO_SUCH_PROCESS + "\n" + notOurs);

        int deleted = LeftoverFiles.track(journal);

        assertThat(deleted).isEqualTo(1);
        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        assertThat(notOurs).exists();
        assertThat(journal.resolve("running.pending")).exists();
        assertThat(journal.resolve("killed.pending")).doesNotExist();
    }

    @Test
    void aWriteInProgressHasANoteAndAFinishedOneNone() throws IOException {
        Path journal = dir.resolve("notes");
        LeftoverFiles.track(journal);
        Path target = dir.resolve("painting.png");

        AtomicFiles.write(target, out -> {
            out.write(1);
            assertThat(filesIn(journal)).singleElement().asString().endsWith(".pending");
        });

        assertThat(filesIn(journal)).isEmpty();
        assertThat(target).exists();
    }

    private static Path[] filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toArray(Path[]::new);
        }
    }
}
