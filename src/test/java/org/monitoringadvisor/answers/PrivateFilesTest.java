package org.monitoringadvisor.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesUtf8Text() throws IOException {
        Path path = dir.resolve("report.txt");

        PrivateFiles.writeAtomically(path, "Café £5\n");

        assertThat(Files.readString(path)).isEqualTo("Café £5\n");
    }

    @Test
    void writtenFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path path = dir.resolve("saved.yaml");

        AnswersFileWriter.write(path, AnswersFile.of("x", Map.of(), Map.of("personal-use", "banned")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void replacingAFileMakesItOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path path = dir.resolve("report.txt");
        Files.writeString(path, "old");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateFiles.writeAtomically(path, "new");

        assertThat(Files.readString(path)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void writingIntoAMissingFolderFailsCleanlyAndLeavesNothingBehind() {
        Path path = dir.resolve("no-such-folder").resolve("saved.json");

        assertThatThrownBy(() -> AnswersFileWriter.write(path, AnswersFile.of("x", Map.of(), Map.of())))
                .isInstanceOf(AnswersFileException.class)
                .hasMessage(path + ": cannot be written: the folder " + path.getParent().toAbsolutePath()
                        + " does not exist");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void writingOverAFolderFailsLeavingTheFolderAloneAndNoTemporaryFile() throws IOException {
        // The rename onto a folder fails after the temporary file was written, so this also checks the clean-up.
        Path path = Files.createDirectory(dir.resolve("saved.json"));
        Files.writeString(path.resolve("inside.txt"), "x");

        assertThatThrownBy(() -> PrivateFiles.writeAtomically(path, "text"))
                .isInstanceOf(AnswersFileException.class)
                .hasMessage(path + ": cannot be written: it is a folder");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(path);
        }
        assertThat(path.resolve("inside.txt")).hasContent("x");
    }
}
