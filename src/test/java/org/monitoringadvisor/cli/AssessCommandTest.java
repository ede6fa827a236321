package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assess command as the contract defines it: answers file in, findings out, exit codes, messages. */
class AssessCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void jsonFindingsCarryKindGuidanceRuleAndBecause() throws Exception {
        Path answers = write("a.json", """
                {"employer": "Example Borough Council", "workplace": "Town Hall",
                 "answers": {"policy-exists": "yes", "personal-use": "banned"}}""");

        CliRun run = CliRun.run("assess", "--answers", answers.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("metadata").path("employer").asText()).isEqualTo("Example Borough Council");
        assertThat(json.path("ruleBase").path("version").asText()).isNotBlank();
        JsonNode gap = null;
        for (JsonNode finding : json.path("findings")) {
            assertThat(finding.has("kind") && finding.has("guidance") && finding.has("rule")
                    && finding.has("because")).as("contract fields of %s", finding).isTrue();
            if (finding.path("id").asText().equals("personal-use-banned")) {
                gap = finding;
            }
        }
        assertThat(gap).isNotNull();
        assertThat(gap.path("kind").asText()).isEqualTo("gap");
        assertThat(gap.path("guidance").toString()).contains("unison-2014/allow-responsible-personal-use");
        assertThat(gap.path("rule").asText()).isEqualTo("A ban on personal use is a gap: ask for responsible personal use");
        assertThat(gap.path("because").get(0).path("question").asText()).isEqualTo("personal-use");
        assertThat(gap.path("because").get(0).path("value").asText()).isEqualTo("banned");
    }

    @Test
    void textReportPutsGapsBeforeStrengthsBeforeQuestions() throws Exception {
        Path answers = write("a.yaml", """
                answers:
                  personal-use: banned
                  social-media-access: open
                  monitoring-practice: unknown
                """);

        CliRun run = CliRun.run("assess", "--answers", answers.toString());

        assertThat(run.exitCode()).isZero();
        int gaps = run.out().indexOf("GAPS TO NEGOTIATE");
        int asks = run.out().indexOf("QUESTIONS TO PUT TO MANAGEMENT");
        int strengths = run.out().indexOf("STRENGTHS TO BUILD ON");
        assertThat(gaps).isPositive().isLessThan(strengths);
        assertThat(strengths).isLessThan(asks);
        // Sources are cited by document and section; the internal guidance ids stay in the JSON.
        assertThat(run.out()).contains("Personal use of work email and the internet is banned")
                .contains("\"Internet, e-mail and social networking (factsheet)\"")
                .doesNotContain("unison-2014/allow-responsible-personal-use");
    }

    @Test
    void readsAnswersFromStandardInputWhenGivenADash() {
        CliRun run = CliRun.withInput("{\"answers\": {\"social-media-access\": \"blocked\"}}",
                "assess", "--answers", "-", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"social-networks-blocked\"");
    }

    @Test
    void aValueOutsideTheAllowedOnesNamesFileLineQuestionAndAllowedValues() throws Exception {
        Path answers = write("bad.yaml", """
                employer: X
                answers:
                  policy-exists: yes
                  personal-use: baned
                """);

        CliRun run = CliRun.run("assess", "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(answers + ":4").contains("personal-use").contains("baned")
                .contains("allowed, limited, banned, unknown").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownQuestionIsRejectedWithTheKnownOnes() throws Exception {
        Path answers = write("bad.json", "{\n  \"answers\": {\n    \"personal_use\": \"banned\"\n  }\n}\n");

        CliRun run = CliRun.run("assess", "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(answers + ":3").contains("unknown question \"personal_use\"")
                .contains("personal-use");
    }

    @Test
    void invalidJsonIsReportedWithItsLine() throws Exception {
        Path answers = write("broken.json", "{\n  \"answers\": {\n    \"personal-use\": \"banned\",,\n  }\n}\n");

        CliRun run = CliRun.run("assess", "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(answers + ":3").contains("not valid JSON");
    }

    @Test
    void invalidYamlIsReportedWithItsLine() throws Exception {
        Path answers = write("broken.yaml", "answers:\n  personal-use: banned\n   social-media-access: [open\n");

        CliRun run = CliRun.run("assess", "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(answers.toString()).contains("not valid YAML").containsPattern(":[23]");
    }

    @Test
    void aMissingFileIsABadInputNotACrash() {
        CliRun run = CliRun.run("assess", "--answers", dir.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.json").contains("not found");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        Path answers = write("a.json", "{\"answers\": {}}");

        CliRun run = CliRun.run("assess", "--answers", answers.toString(), "--format", "rtf");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("rtf").contains("text").contains("json").contains("docx").contains("pdf");
    }

    @Test
    void badInputWritesNoReportFile() throws Exception {
        Path answers = write("bad.json", "{\"answers\": {\"personal-use\": \"sometimes\"}}");
        Path report = dir.resolve("report.txt");

        CliRun run = CliRun.run("assess", "--answers", answers.toString(), "--out", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(report).doesNotExist();
    }

    @Test
    void aReportFileIsReadableByItsOwnerOnly() throws Exception {
        Path answers = write("a.json", "{\"answers\": {\"personal-use\": \"banned\"}}");
        Path report = dir.resolve("report.txt");

        CliRun run = CliRun.run("assess", "--answers", answers.toString(), "--out", report.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(report)).contains("Personal use of work email and the internet is banned");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
    }

    @Test
    void theSameAnswersGiveTheSameBytes() throws Exception {
        Path answers = write("a.yaml", "answers:\n  personal-use: banned\n  monitoring-practice: routine\n"
                + "  monitoring-disclosed: partly\n  filter-blocks-lgbt-terms: unknown\n");

        String first = CliRun.run("assess", "--answers", answers.toString(), "--format", "json").out();
        String second = CliRun.run("assess", "--answers", answers.toString(), "--format", "json").out();

        assertThat(first).isEqualTo(second).isNotBlank();
    }

    @Test
    void aBrokenRulesFolderIsABadInputWithTheFileNamedAndNoStackTrace() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("rulebase.yaml"), "name: x\nversion: 1\n");
        Path answers = write("a.json", "{\"answers\": {}}");

        CliRun run = CliRun.run("assess", "--rules", rules.toString(), "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("rulebase.yaml").contains("missing \"guidance-as-of\"")
                .doesNotContain("\tat ");
    }

    @Test
    void refusesToWriteTheReportOverTheAnswersFile() throws Exception {
        Path answers = write("self.yaml", "answers:\n  personal-use: banned\n");

        CliRun run = CliRun.run("assess", "--answers", answers.toString(), "--out", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is the input file");
        assertThat(Files.readString(answers)).isEqualTo("answers:\n  personal-use: banned\n");
    }

    @Test
    void aRulesFolderWithAMisspeltAnswerValueIsRefusedNotSilentlyIgnored() throws Exception {
        Path rules = rulesFolderWithAMisspeltValue();
        Path answers = write("a.yaml", "answers:\n  personal-use: banned\n");

        CliRun run = CliRun.run("assess", "--rules", rules.toString(), "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("personal-use.drl:").contains("baned").contains("check --rules");
    }

    @Test
    void aBrokenRulesFolderIsReportedBeforeAnAnswersFileThatCannotBeRead() throws Exception {
        Path rules = rulesFolderWithAMisspeltValue();
        Path missing = dir.resolve("no-such-answers.yaml");

        CliRun run = CliRun.run("assess", "--rules", rules.toString(), "--answers", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("personal-use.drl:").contains("baned").doesNotContain("no-such-answers");
    }

    @Test
    void anAnswersFileThatCannotBeReadIsReportedWithTheBuiltInRules() throws Exception {
        Path broken = write("broken.yaml", "answers:\n  personal-use: [banned\n");

        CliRun run = CliRun.run("assess", "--answers", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("monitoring-advisor: ").contains("broken.yaml").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void formatNamesAreAcceptedInAnyCase() throws Exception {
        Path answers = write("a.json", "{\"answers\": {\"personal-use\": \"banned\"}}");

        CliRun run = CliRun.run("assess", "--answers", answers.toString(), "--format", "JSON");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{");
    }

    /** A rules folder from init-rules whose personal-use rule tests for "baned", a value no question allows. */
    private Path rulesFolderWithAMisspeltValue() throws Exception {
        Path rules = dir.resolve("rules");
        assertThat(CliRun.run("init-rules", rules.toString()).exitCode()).isZero();
        Path drl = rules.resolve("personal-use.drl");
        Files.writeString(drl, Files.readString(drl).replace("value == \"banned\"", "value == \"baned\""));
        return rules;
    }
}
