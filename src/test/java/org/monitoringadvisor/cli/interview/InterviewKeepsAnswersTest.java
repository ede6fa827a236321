package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.monitoringadvisor.cli.interview.Scripted.lines;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.cli.Cli;

/** The interview never loses an answer, and never touches a file it has nothing new to write to. */
class InterviewKeepsAnswersTest {

    @TempDir
    Path dir;

    private Path home;
    private String realHome;

    @BeforeEach
    void homeFolderOfItsOwn() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void realHomeBack() {
        System.setProperty("user.home", realHome);
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void refusesAtOnceWhenTheFolderIsReallyAFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes"), "x");

        Scripted run = Scripted.run(lines("Acme", "2", "2"), "interview", "--file",
                notAFolder.resolve("a.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(notAFolder + " is a file, not a folder");
        assertThat(run.out()).doesNotContain("Question 1");
    }

    @Test
    void refusesAtOnceWhenTheFolderCannotBeWrittenTo() throws Exception {
        assumeFalse(runningAsRoot(), "root can write to any folder");
        Path readOnly = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        try {
            Scripted run = Scripted.run(lines("Acme", "2", "2", "2", "quit"), "interview", "--file",
                    readOnly.resolve("a.yaml").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("the folder " + readOnly + " cannot be written to");
            assertThat(run.out()).doesNotContain("Question 1");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void answersGivenAfterTheFolderIsRemovedGoToTheHomeFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("visits"));
        Path answers = folder.resolve("a.yaml");
        // The folder goes after the second answer has been saved, while the third question waits.
        InputStream typed = new LineByLine(List.of("Acme", "yes", "agreed", "clearly", "2", "quit"), 3,
                () -> deleteTree(folder));

        Scripted run = run(typed, "interview", "--file", answers.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Could not save your answers: " + answers)
                .contains("Your answers are saved instead (only you can read them) to:");
        List<Path> rescued = filesIn(home);
        assertThat(rescued).hasSize(1);
        assertThat(AnswersFileReader.read(rescued.get(0)).answers()).containsExactly(
                Map.entry("policy-exists", "yes"), Map.entry("policy-agreed-with-union", "agreed"),
                Map.entry("policy-publicised", "clearly"), Map.entry("personal-use", "limited"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rescued.get(0))))
                .isEqualTo("rw-------");
        assertThat(run.out()).contains("--resume " + rescued.get(0));
    }

    @Test
    void answersTurnedReadOnlyHalfwayAreKeptInTheHomeFolder() throws Exception {
        assumeFalse(runningAsRoot(), "root can write to any folder");
        Path folder = Files.createDirectories(dir.resolve("visits"));
        Path answers = folder.resolve("a.yaml");
        InputStream typed = new LineByLine(List.of("Acme", "yes", "agreed", "clearly", "quit"), 2,
                () -> readOnly(folder));
        try {
            Scripted run = run(typed, "interview", "--file", answers.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            List<Path> rescued = filesIn(home);
            assertThat(rescued).hasSize(1);
            assertThat(AnswersFileReader.read(rescued.get(0)).answers()).hasSize(3);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void resumingAndQuittingWithoutAChangeLeavesTheFileExactlyAsItWas() throws Exception {
        Path answers = dir.resolve("a.yaml");
        String text = "# our visit, keep this note\nemployer: 'Acme'   # single quotes\nanswers:\n"
                + "  policy-exists: yes\n  personal-use:   banned\n";
        Files.writeString(answers, text);
        Files.setPosixFilePermissions(answers, PosixFilePermissions.fromString("rw-r-----"));

        Scripted run = Scripted.run(lines("quit"), "interview", "--resume", answers.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(answers)).isEqualTo(text);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(answers))).isEqualTo("rw-r-----");
    }

    @Test
    void controlCharactersInAResumedFileAreNotPrinted() throws Exception {
        Path answers = dir.resolve("a.json");
        Files.writeString(answers, "{\"employer\": \"\\u001b]0;owned\\u0007Acme\\u009b2J\", "
                + "\"answers\": {\"policy-exists\": \"yes\"}}");

        Scripted run = Scripted.run(lines("1", "quit"), "interview", "--resume", answers.toString());

        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b");
    }

    private static void readOnly(Path folder) {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static Scripted run(InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, in, new PrintWriter(out), new PrintWriter(err));
        return new Scripted(code, out.toString(), err.toString());
    }

    /**
     * Typed input that hands over one line per read, as a person at a keyboard does, and does something (removes
     * a folder, say) just before giving line {@code when} (counting from 0).
     */
    private static final class LineByLine extends InputStream {

        private final List<String> lines;
        private final int when;
        private final Runnable action;
        private int next;
        private ByteArrayInputStream current = new ByteArrayInputStream(new byte[0]);

        LineByLine(List<String> lines, int when, Runnable action) {
            this.lines = lines;
            this.when = when;
            this.action = action;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (current.available() == 0) {
                if (next == lines.size()) {
                    return -1;
                }
                if (next == when) {
                    action.run();
                }
                current = new ByteArrayInputStream((lines.get(next++) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return current.read(buffer, offset, length);
        }
    }
}
