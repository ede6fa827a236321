package org.monitoringadvisor.answers;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files that may hold sensitive information about a workplace (answers, reports, saved interviews) so that
 * only their owner can read them and so that a reader never sees half a file.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /**
     * Writes text (UTF-8) to a file, replacing it if it exists, in one step: the text goes to a temporary file in
     * the same folder, readable and writable by the owner only (rw------- where the file system has POSIX
     * permissions), which is then renamed over the target. On failure the target is left as it was and the
     * temporary file is removed.
     *
     * @param target the file to write
     * @param text   its new contents
     * @throws AnswersFileException naming the target when the file cannot be written
     */
    public static void writeAtomically(Path target, String text) {
        writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes (a Word or PDF document) to a file with the same promises as
     * {@link #writeAtomically(Path, String)}: owner-only, in one step, the target untouched on failure.
     *
     * @param target   the file to write
     * @param contents its new contents
     * @throws AnswersFileException naming the target when the file cannot be written
     */
    public static void writeAtomically(Path target, byte[] contents) {
        String name = target.toString();
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AnswersFileException(name, "cannot be written: the folder " + folder + " does not exist");
        }
        Path temp = null;
        try {
            temp = TempFiles.create(folder, target.getFileName().toString(), ownerOnly(folder));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(contents);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true); // on disk before the rename, so a crash cannot leave an empty file behind
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            TempFiles.done(temp);
            temp = null;
        } catch (IOException e) {
            throw new AnswersFileException(name, 0, "cannot be written: " + reason(target, e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Checks, by creating and removing an empty temporary file beside it, that {@code target} could be written now;
     * the target itself is not touched.
     *
     * @throws AnswersFileException naming the folder when a file cannot be created there
     */
    public static void checkCanWrite(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            String why = folder != null && Files.exists(folder) ? "is not a folder" : "does not exist";
            throw new AnswersFileException(target.toString(), "cannot be saved: " + folder + " " + why);
        }
        Path probe = null;
        try {
            probe = TempFiles.create(folder, target.getFileName().toString(), ownerOnly(folder));
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            throw new AnswersFileException(target.toString(), 0, "cannot be saved: the folder " + folder
                    + " cannot be written to (" + why + ")", e);
        } finally {
            deleteQuietly(probe);
        }
    }

    private static String reason(Path target, IOException e) {
        if (Files.isDirectory(target)) {
            return "it is a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    /** Owner-only permissions from the moment of creation, where the file system supports them. */
    static FileAttribute<?>[] ownerOnly(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        TempFiles.done(temp);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Nothing more can be done; the original error is the one worth reporting.
        }
    }

    /**
     * Opens a file to be written bit by bit (a report too large to hold in memory) with the same promises as
     * {@link #writeAtomically(Path, String)}: the text goes to an owner-only temporary file in the same folder, and
     * only {@link PendingFile#commit()} renames it over the target. Closing without committing removes it.
     *
     * @param target the file to write
     * @return the pending file; write through {@link PendingFile#writer()}
     * @throws AnswersFileException naming the target when the file cannot be created
     */
    public static PendingFile openAtomically(Path target) {
        String name = target.toString();
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AnswersFileException(name, "cannot be written: the folder " + folder + " does not exist");
        }
        try {
            Path temp = TempFiles.create(folder, target.getFileName().toString(), ownerOnly(folder));
            return new PendingFile(target, temp);
        } catch (IOException e) {
            throw new AnswersFileException(name, 0, "cannot be written: " + reason(target, e), e);
        }
    }

    /** A file being written: invisible under its own name until {@link #commit()}. */
    public static final class PendingFile implements AutoCloseable {

        private final Path target;
        private Path temp;
        private final Writer writer;

        private PendingFile(Path target, Path temp) throws IOException {
            this.target = target;
            this.temp = temp;
            try {
                this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
            } catch (IOException e) {
                deleteQuietly(temp);
                throw e;
            }
        }

        /** Where to write the text (UTF-8, buffered). */
        public Writer writer() {
            return writer;
        }

        /**
         * Flushes the text to disk and renames the file over the target in one step.
         *
         * @throws AnswersFileException naming the target when it cannot be written
         */
        public void commit() {
            try {
                writer.close();
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                TempFiles.done(temp);
                temp = null;
            } catch (IOException e) {
                throw new AnswersFileException(target.toString(), 0, "cannot be written: " + reason(target, e), e);
            }
        }

        /** Removes the temporary file unless it was committed; the target is left as it was. */
        @Override
        public void close() {
            if (temp != null) {
                try {
                    writer.close();
                } catch (IOException ignored) {
                    // The file is being thrown away.
                }
                deleteQuietly(temp);
                temp = null;
            }
        }
    }
}
