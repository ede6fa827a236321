package org.monitoringadvisor.answers;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The temporary files that {@link PrivateFiles} writes before renaming them into place. They hold what the real
 * file will (employers' names, answers), so none is left behind: those still open are removed when the process
 * is stopped (Ctrl-C, SIGTERM), and those of a process that died without its shutdown hooks (SIGKILL, power loss)
 * are swept away by the next write of the same file. Each is named {@code .TARGET.PID-N.tmp}, so a sweep can tell
 * a dead process's file from a live one's and never removes another running program's work.
 */
final class TempFiles {

    private static final long PID = ProcessHandle.current().pid();
    private static final String USER = System.getProperty("user.name");
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::removeOpen, "advisor-temp-files"));
    }

    private TempFiles() {
    }

    /** Creates a new, empty temporary file for {@code targetName} in {@code folder}, after sweeping stale ones. */
    static Path create(Path folder, String targetName, FileAttribute<?>... attributes) throws IOException {
        sweep(folder, targetName);
        while (true) {
            Path temp = folder.resolve("." + targetName + "." + PID + "-" + COUNTER.incrementAndGet() + ".tmp");
            try {
                Files.createFile(temp, attributes);
                OPEN.add(temp);
                return temp;
            } catch (FileAlreadyExistsException e) {
                // Left by an earlier process with the same id: take the next number.
            }
        }
    }

    /** The temporary file was renamed into place or deleted: nothing to clean up at exit. */
    static void done(Path temp) {
        OPEN.remove(temp);
    }

    private static void removeOpen() {
        for (Path temp : OPEN) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Stopping: nothing more can be done, and the next write sweeps it.
            }
        }
    }

    /** Removes, once per target and process, temporary files for it left by processes that are no longer running. */
    private static void sweep(Path folder, String targetName) {
        if (!SWEPT.add(folder.resolve(targetName).toAbsolutePath())) {
            return;
        }
        String prefix = "." + targetName + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                file -> isStale(file.getFileName().toString(), prefix))) {
            for (Path stale : files) {
                if (Files.isRegularFile(stale) && Files.getOwner(stale).getName().equals(USER)) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // A folder that cannot be listed or a file that cannot be removed: the write itself will say so.
        }
    }

    private static boolean isStale(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(".tmp")) {
            return false;
        }
        String id = name.substring(prefix.length(), name.length() - ".tmp".length());
        int dash = id.indexOf('-');
        if (dash <= 0 || !id.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            return false;
        }
        try {
            long pid = Long.parseLong(id.substring(0, dash));
            return pid != PID && ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
