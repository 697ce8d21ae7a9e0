package org.deepcanvas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers only ever see the old content or the complete new one:
 * the bytes go to a hidden temporary file next to the target, which is synced and then
 * moved into place. If the writer fails or is cancelled (any exception), the temporary
 * file is deleted and an existing target is left untouched. The target's folder must exist:
 * a mistyped folder is an error, not a new folder. Errors name the target, never the
 * temporary file.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Produces the content of a file; it must not close the stream. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, ContentWriter content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (!Files.isDirectory(directory)) {
            throw new IOException("cannot write " + target + ": the folder " + directory + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        Path temp = directory.resolve(LeftoverFiles.temporaryName(absolute.getFileName().toString()));
        LeftoverFiles.opened(temp);
        try {
            try (FileChannel channel = create(temp, target)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        } finally {
            LeftoverFiles.closed(temp);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** CREATE_NEW (not createTempFile) so the file gets the usual permissions, not 0600. */
    private static FileChannel create(Path temp, Path target) throws IOException {
        try {
            return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + target + ": no permission to write in " + temp.getParent(), e);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + target + ": " + e.getReason(), e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp, Throwable cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
