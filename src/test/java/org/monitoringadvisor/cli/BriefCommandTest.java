package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brief command: answers in, a draft letter out, for the rep or for management. */
class BriefCommandTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultIsTheRepsCopyInText() {
        CliRun run = CliRun.run("brief", "--answers", "facts-samples/call-centre-draconian.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("NOTE FOR THE REP").contains("Northgate Customer Contact Ltd");
    }

    @Test
    void theEmployerAudienceInMarkdownIsTheLetterAlone() {
        CliRun run = CliRun.run("brief", "--answers", "facts-samples/call-centre-draconian.yaml",
                "--audience", "employer", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("[Your name]<br>").contains("**Personal use.** We propose")
                .doesNotContain("Note for the rep").doesNotContain("Background for the rep");
    }

    @Test
    void theShortBriefLeadsWithTheChosenPointsAndAnswersTheLikeliestObjection() {
        CliRun run = CliRun.run("brief", "--rules", "src/test/resources/golden-fixture/rules",
                "--answers", "src/test/resources/golden-fixture/answers/before.yaml", "--length", "short");

        assertThat(run.exitCode()).isZero();
        String out = run.out();
        assertThat(out).startsWith("MEETING BRIEF").doesNotContain("Dear ").contains("NEXT STEPS");
        // The first point is the legal duty, with its first rebuttal; a point without one shows its argument.
        assertThat(out.indexOf("1. Staff are not told what routine monitoring is done"))
                .isPositive().isLessThan(out.indexOf("2. There is no written policy"));
        assertThat(out).contains("If they say: \"The contract already says that email may be monitored.\"")
                .contains("Answer: A general line does not say what is monitored")
                .contains("Argument: Written rules protect staff and managers alike.");
    }

    @Test
    void theShortBriefIsForTheRepSoTheEmployerAudienceIsRefused() {
        CliRun run = CliRun.run("brief", "--answers", "facts-samples/call-centre-draconian.yaml",
                "--length", "short", "--audience", "employer");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--length short").contains("meeting brief").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownLengthIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.run("brief", "--answers", "facts-samples/call-centre-draconian.yaml", "--length", "tiny");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("expected full or short");
    }

    @Test
    void anUnknownAudienceIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.run("brief", "--answers", "facts-samples/call-centre-draconian.yaml",
                "--audience", "hr");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("rep or employer").contains("hr");
    }

    @Test
    void jsonIsNotALetterFormat() {
        CliRun run = CliRun.run("brief", "--answers", "facts-samples/call-centre-draconian.yaml", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("json").contains("text, markdown, html");
    }

    @Test
    void theLetterFileIsWrittenForItsOwnerOnlyAndNotOnBadInput() throws Exception {
        Path letter = dir.resolve("letter.html");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "answers:\n  personal-use: sometimes\n");

        CliRun failed = CliRun.run("brief", "--answers", bad.toString(), "--out", letter.toString());
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).contains("bad.yaml:2").contains("personal-use");
        assertThat(letter).doesNotExist();

        CliRun run = CliRun.run("brief", "--answers", "facts-samples/school-unknowns.yaml", "--format", "html",
                "--out", letter.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(letter)).startsWith("<!DOCTYPE html>").contains("Hillside Academy");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(letter))).isEqualTo("rw-------");
    }
}
