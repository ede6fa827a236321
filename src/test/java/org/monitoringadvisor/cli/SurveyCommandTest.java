package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survey command: many answer sets in, one findings line each and a summary out; bad records named and counted. */
class SurveyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BANNED = """
            {"employer": "Ban Ltd", "answers": {"personal-use": "banned", "social-media-access": "blocked"}}""";
    private static final String ALLOWED = """
            {"employer": "Open plc", "answers": {"personal-use": "allowed", "social-media-access": "open"}}""";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static long workplacesWith(JsonNode summary, String finding) {
        for (JsonNode each : summary.path("findings")) {
            if (each.path("id").asText().equals(finding)) {
                return each.path("workplaces").asLong();
            }
        }
        throw new AssertionError("no finding " + finding + " in the summary");
    }

    @Test
    void countsHowManyWorkplacesHaveEachGap() throws Exception {
        Path input = write("survey.jsonl", String.join("\n", BANNED, ALLOWED, BANNED) + "\n");

        CliRun run = CliRun.run("survey", input.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.path("assessed").asLong()).isEqualTo(3);
        assertThat(summary.path("skipped").asLong()).isZero();
        assertThat(workplacesWith(summary, "heavy-handed-regime")).isEqualTo(2);
        assertThat(workplacesWith(summary, "personal-use-allowed")).isEqualTo(1);
        assertThat(summary.path("workplacesWithGaps").path("high").asLong()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("skipped").doesNotContain("\r");
    }

    @Test
    void aBadRecordIsNamedByLineSkippedAndCountedAndTheExitCodeSaysSo() throws Exception {
        Path input = write("survey.jsonl", String.join("\n", BANNED,
                "{\"answers\": {\"personal-use\": \"sometimes\"}}", "", "not json", ALLOWED) + "\n");

        CliRun run = CliRun.run("survey", input.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("survey.jsonl:2: \"sometimes\" is not an allowed answer to personal-use")
                .contains("survey.jsonl:4: not valid JSON");
        assertThat(run.out()).contains("2 workplaces assessed, 2 records skipped").contains("survey.jsonl:2:");
        List<String> lines = Files.readAllLines(dir.resolve("out/findings.jsonl"));
        assertThat(lines).hasSize(4);
        assertThat(JSON.readTree(lines.get(0)).path("metadata").path("employer").asText()).isEqualTo("Ban Ltd");
        assertThat(JSON.readTree(lines.get(1)).path("record").asText()).endsWith("survey.jsonl:2");
        assertThat(JSON.readTree(lines.get(1)).path("skipped").asText()).contains("sometimes");
        assertThat(JSON.readTree(lines.get(2)).path("record").asText()).endsWith("survey.jsonl:4");
        assertThat(JSON.readTree(lines.get(3)).path("metadata").path("employer").asText()).isEqualTo("Open plc");
    }

    @Test
    void aFolderOfAnswersFilesIsTakenInNameOrderAndOtherFilesAreCountedAsIgnored() throws Exception {
        write("in/b-open.json", ALLOWED);
        write("in/a-ban.yaml", "employer: Ban Ltd\nanswers:\n  personal-use: banned\n");
        write("in/c-bad.yaml", "employer: Bad\nanswers:\n  personal-use: banned\n  personal-use: allowed\n");
        write("in/notes.txt", "not an answers file");

        CliRun run = CliRun.run("survey", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("c-bad.yaml:4: question \"personal-use\" is answered twice");
        assertThat(run.out()).contains("2 workplaces assessed, 1 record skipped, 1 files ignored");
        List<String> lines = Files.readAllLines(dir.resolve("out/findings.jsonl"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("a-ban.yaml").contains("personal-use-banned");
        assertThat(lines.get(1)).contains("b-open.json").contains("personal-use-allowed");
        assertThat(lines.get(2)).contains("c-bad.yaml").contains("\"skipped\"");
    }

    @Test
    void writesEveryOutputForItsOwnerOnlyWithAChartInTheHtml() throws Exception {
        Path input = write("survey.jsonl", BANNED + "\n" + ALLOWED + "\n");
        Path out = dir.resolve("out");

        CliRun run = CliRun.run("survey", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("findings.jsonl", "summary.html", "summary.json", "summary.txt");
        }
        for (String name : List.of("findings.jsonl", "summary.html", "summary.json", "summary.txt")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))))
                    .as(name).isEqualTo("rw-------");
        }
        String html = Files.readString(out.resolve("summary.html"));
        assertThat(html).contains("<svg").contains("Personal use of work email and the internet is banned")
                .contains("50.0%").doesNotContain("<script");
        assertThat(Files.readString(out.resolve("summary.txt"))).isEqualTo(run.out());
    }

    @Test
    void theSameInputGivesTheSameBytesWhateverTheNumberOfThreads() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            many.append(i % 7 == 3 ? "{\"answers\": {\"policy-exists\": \"maybe\"}}" : i % 2 == 0 ? BANNED : ALLOWED)
                    .append('\n');
        }
        Path input = write("survey.jsonl", many.toString());

        CliRun one = CliRun.run("survey", input.toString(), "--threads", "1", "--out", dir.resolve("one").toString());
        CliRun two = CliRun.run("survey", input.toString(), "--threads", "4", "--out", dir.resolve("two").toString());

        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(two.err()).isEqualTo(one.err().replace(dir.resolve("one").toString(), dir.resolve("two").toString()));
        for (String name : List.of("findings.jsonl", "summary.json", "summary.html")) {
            assertThat(Files.mismatch(dir.resolve("one").resolve(name), dir.resolve("two").resolve(name)))
                    .as(name).isEqualTo(-1L);
        }
    }

    @Test
    void anInputWithNoAnswerSetsIsBadInputAndWritesNothing() throws Exception {
        Path input = write("empty.jsonl", "\n\n");

        CliRun run = CliRun.run("survey", input.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.jsonl: has no answer sets");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingInputOrAnOutputThatIsAFileIsBadInput() throws Exception {
        Path file = write("report.txt", "x");
        Path input = write("survey.jsonl", BANNED + "\n");

        CliRun missing = CliRun.run("survey", dir.resolve("nowhere.jsonl").toString());
        CliRun outIsFile = CliRun.run("survey", input.toString(), "--out", file.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.jsonl: not found");
        assertThat(outIsFile.exitCode()).isEqualTo(2);
        assertThat(outIsFile.err()).contains("is a file");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void readsJsonLinesFromStandardInput() throws Exception {
        CliRun run = CliRun.withInput(BANNED + "\n" + ALLOWED + "\n", "survey", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("survey of <stdin>").contains("2 workplaces assessed");
    }
}
