package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.survey.SurveyInput;

/** The survey against inputs that would exhaust memory, its own output as input, and being stopped halfway. */
class SurveyHardeningTest {

    private static final String BANNED = """
            {"employer": "Ban Ltd", "answers": {"personal-use": "banned"}}""";

    @TempDir
    Path dir;

    @Test
    void skipsARecordOverTheLimitNamingItsLineAndGoesOn() throws Exception {
        Path input = dir.resolve("survey.jsonl");
        String huge = "{\"employer\": \"" + "x".repeat(SurveyInput.MAX_RECORD_BYTES) + "\", \"answers\": {}}";
        Files.writeString(input, BANNED + "\n" + huge + "\n" + BANNED + "\n");

        CliRun run = CliRun.run("survey", input.toString(), "--format", "json", "--threads", "2");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("skipped " + input + ":2: is " + huge.length() + " bytes long, over the limit");
        assertThat(run.out()).contains("\"assessed\" : 2").contains("\"skipped\" : 1");
    }

    @Test
    void refusesToWriteItsFindingsOverItsOwnInput() throws Exception {
        Path out = Files.createDirectories(dir.resolve("d"));
        Path input = out.resolve(SurveyCommand.FINDINGS_FILE);
        Files.writeString(input, BANNED + "\n");

        CliRun run = CliRun.run("survey", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("would write findings.jsonl over the input");
        assertThat(Files.readString(input)).isEqualTo(BANNED + "\n");
    }

    @Test
    void refusesToWriteIntoTheFolderItReads() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("answers"));
        Files.writeString(folder.resolve("a.json"), BANNED);

        CliRun run = CliRun.run("survey", folder.toString(), "--out", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("is the input folder");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("a.json");
        }
    }

    @Test
    void sweepsTemporaryFilesLeftByASurveyThatWasKilled() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path stale = out.resolve(".findings.jsonl." + gone.pid() + "-1.tmp");
        Files.writeString(stale, "{\"employer\": \"Ban Ltd\"}\n");
        Path input = dir.resolve("survey.jsonl");
        Files.writeString(input, BANNED + "\n");

        CliRun run = CliRun.run("survey", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(stale).doesNotExist();
    }

    @Test
    void removesItsTemporaryFileWhenStoppedHalfway() throws Exception {
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process survey = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.monitoringadvisor.cli.Main", "survey", "-", "--out", out.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try (OutputStream stdin = survey.getOutputStream()) {
            stdin.write((BANNED + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            Path log = dir.resolve("log.txt");
            assertThat(waitForTemporaryFile(out)).as("a temporary file while the survey reads; its output: %s",
                    (Object) (Files.exists(log) ? Files.readString(log) : "")).isNotEmpty();

            survey.destroy(); // SIGTERM, as a user's kill or a service manager sends

            assertThat(survey.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } catch (IOException closedByTheStop) {
            // The pipe may already be gone.
        } finally {
            survey.destroyForcibly();
        }
        assertThat(temporaryFiles(out)).isEmpty();
        assertThat(out.resolve(SurveyCommand.FINDINGS_FILE)).doesNotExist();
    }

    private static List<Path> waitForTemporaryFile(Path out) throws Exception {
        for (int i = 0; i < 600; i++) { // up to a minute on a loaded machine: the JVM must start and compile
            List<Path> temps = temporaryFiles(out);
            if (!temps.isEmpty()) {
                return temps;
            }
            Thread.sleep(100);
        }
        return List.of();
    }

    private static List<Path> temporaryFiles(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
