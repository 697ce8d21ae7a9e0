package org.deepcanvas.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files of exports in progress ({@code .NAME.<uuid>.tmp} next to the target),
 * so that none outlives its export. A failed or cancelled write deletes its own (see
 * {@link AtomicFiles}); a process that quits by a signal deletes the ones still open; and
 * one killed outright leaves a note in the journal folder, so the next start deletes them.
 * Tracking is off until {@link #track} is called, as the app does at start; tests and
 * other callers write no notes.
 */
public final class LeftoverFiles {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverFiles.class);
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.tmp");
    private static final String NOTE_SUFFIX = ".pending";

    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile Path journal;
    private static boolean hookAdded;

    private LeftoverFiles() {}

    /**
     * Deletes what earlier runs left behind, then keeps notes of this run's temporary files
     * in {@code journalFolder} and deletes those still open when the JVM shuts down.
     *
     * @return how many leftovers were deleted
     */
    public static synchronized int track(Path journalFolder) throws IOException {
        Files.createDirectories(journalFolder);
        int deleted = cleanUp(journalFolder);
        if (!hookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(LeftoverFiles::deleteOpen, "deepcanvas-leftovers"));
            hookAdded = true;
        }
        journal = journalFolder;
        return deleted;
    }

    /** Stops keeping notes (tests); the shutdown hook stays. */
    static synchronized void untrack() {
        journal = null;
    }

    /** The hidden temporary name for a file being written: {@code .NAME.<uuid>.tmp}. */
    static String temporaryName(String targetName) {
        return "." + targetName + "." + UUID.randomUUID() + ".tmp";
    }

    static boolean isTemporary(Path file) {
        return TEMPORARY.matcher(String.valueOf(file.getFileName())).matches();
    }

    /** Called before a temporary file is created. */
    static void opened(Path temporary) {
        OPEN.add(temporary);
        Path folder = journal;
        if (folder != null) {
            try {
                Files.writeString(noteOf(folder, temporary), ProcessHandle.current().pid() + "\n" + temporary,
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.debug("no note kept for {}", temporary, e);
            }
        }
    }

    /** Called once a temporary file has been moved into place or deleted. */
    static void closed(Path temporary) {
        OPEN.remove(temporary);
        Path folder = journal;
        if (folder != null) {
            try {
                Files.deleteIfExists(noteOf(folder, temporary));
            } catch (IOException e) {
                LOG.debug("note for {} not deleted", temporary, e);
            }
        }
    }

    private static Path noteOf(Path folder, Path temporary) {
        return folder.resolve(String.valueOf(temporary.getFileName()).substring(1) + NOTE_SUFFIX);
    }

    private static int cleanUp(Path folder) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(folder, "*" + NOTE_SUFFIX)) {
            for (Path note : notes) {
                Optional<Note> pending = Note.read(note);
                if (pending.isPresent() && pending.get().writerRunning()) {
                    continue;
                }
                try {
                    Optional<Path> temporary = pending.map(Note::temporary).filter(LeftoverFiles::isTemporary);
                    if (temporary.isPresent() && Files.deleteIfExists(temporary.get())) {
                        deleted++;
                    }
                    Files.deleteIfExists(note);
                } catch (IOException e) {
                    LOG.warn("could not delete the leftover {}: {}", note, e.getMessage());
                }
            }
        }
        return deleted;
    }

    /** A journal note: which process was writing which temporary file. */
    private record Note(long pid, Path temporary) {
        static Optional<Note> read(Path note) {
            try {
                String[] lines = Files.readString(note, StandardCharsets.UTF_8).strip().split("\n", 2);
                return Optional.of(new Note(Long.parseLong(lines[0]), Path.of(lines[1])));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        boolean writerRunning() {
            return pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    private static void deleteOpen() {
        for (Path temporary : OPEN) {
            try {
                Files.deleteIfExists(temporary);
                closed(temporary);
            } catch (IOException e) {
                LOG.warn("could not delete the unfinished {}", temporary);
            }
        }
    }
}
