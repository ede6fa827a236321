package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare command: what improved, what got worse, which answers changed; bad input refused. */
class CompareCommandTest {

    private static final String BEFORE = "facts-samples/call-centre-draconian.yaml";
    private static final String AFTER = "facts-samples/call-centre-after-talks.yaml";

    @TempDir
    Path dir;

    @Test
    void showsGapsClosedAndAnswersChanged() {
        CliRun run = CliRun.run("compare", BEFORE, AFTER);

        assertThat(run.exitCode()).isZero();
        String out = run.out().replaceAll("\\s+", " ");
        assertThat(out).contains("WHAT IMPROVED: GAPS CLOSED", "[high] Personal use is banned and social networks "
                + "are blocked, a heavy-handed regime overall", "Was: No, personal use is banned", "ANSWERS THAT CHANGED")
                .containsPattern("High-priority gaps: \\d+ -> \\d+ \\(-\\d+\\)");
    }

    @Test
    void opensWithTheLaterAnswersLeadWithPointsEachSayingHowItStoodBefore() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.run("compare", BEFORE, AFTER, "--format", "json").out());
        JsonNode later = new ObjectMapper().readTree(CliRun.run("assess", "--answers", AFTER, "--format", "json").out());

        assertThat(json.path("leadWith").findValuesAsText("id"))
                .isEqualTo(new ObjectMapper().convertValue(later.path("leadWith"), List.class)).hasSizeBetween(3, 5);
        assertThat(find(json.path("leadWith"), "monitoring-data-any-purpose").path("since").asText())
                .isEqualTo("still open");
        assertThat(find(json.path("leadWith"), "retention-not-stated").path("since").asText())
                .as("before, part of the hidden-monitoring gap").isEqualTo("still open, milder");
        String text = CliRun.run("compare", BEFORE, AFTER).out().replaceAll("\\s+", " ");
        assertThat(text.indexOf("LEAD WITH NOW")).isPositive().isLessThan(text.indexOf("SUMMARY"));
        assertThat(text).contains("1. [still open] " + json.path("leadWith").get(0).path("title").asText());
    }

    @Test
    void aGapThatOnlyShrankIsShownWithTheSmallerGapNotAsSomethingWorse() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.run("compare", BEFORE, AFTER, "--format", "json").out());

        JsonNode imposed = find(json.path("closedGaps"), "policy-imposed");
        assertThat(imposed.path("link").asText()).contains("The union was consulted on the policy but did not agree it");
        assertThat(json.path("newGaps").findValuesAsText("id")).doesNotContain("policy-consulted-only");
        assertThat(json.path("openGaps").findValuesAsText("id")).contains("social-networks-blocked");
    }

    @Test
    void aPointTheWiderGapMadeBeforeIsStillOpenNotNewAndAnotherProblemIsNotCalledItsMilderForm() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.run("compare", BEFORE, AFTER, "--format", "json").out());

        assertThat(json.path("newGaps").findValuesAsText("id")).doesNotContain("retention-not-stated");
        assertThat(find(json.path("openGaps"), "retention-not-stated").path("link").asText())
                .isEqualTo("Before, part of: " + find(json.path("closedGaps"), "routine-monitoring-undisclosed")
                        .path("title").asText());
        assertThat(find(json.path("closedGaps"), "monitoring-reaches-union-communications").path("link").asText())
                .as("personal messages are another problem").isEmpty();
        assertThat(find(json.path("newGaps"), "personal-messages-partly-protected").path("link").asText()).isEmpty();
    }

    private Path answers(String name, String date, String socialMedia) throws Exception {
        return Files.writeString(dir.resolve(name), "employer: Example Ltd\ndate: " + date + "\nanswers:\n"
                + "  social-media-access: " + socialMedia + "\n");
    }

    @Test
    void aGapThatBecameMoreSeriousIsNotAnImprovementAndTheNewGapSaysWhatItReplaced() throws Exception {
        Path restricted = answers("restricted.yaml", "2026-01-10", "restricted");
        Path blocked = answers("blocked.yaml", "2026-06-10", "blocked");

        CliRun run = CliRun.run("compare", restricted.toString(), blocked.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exitCode()).isZero();
        assertThat(json.path("closedGaps").findValuesAsText("id")).doesNotContain("social-networks-restricted");
        assertThat(find(json.path("newGaps"), "social-networks-blocked").path("link").asText())
                .startsWith("Became more serious").contains("low priority");
        assertThat(CliRun.run("compare", restricted.toString(), blocked.toString()).out())
                .doesNotContain("WHAT IMPROVED");
    }

    @Test
    void aGapThatBecameMilderSaysSoOnBothSides() throws Exception {
        Path blocked = answers("blocked.yaml", "2026-01-10", "blocked");
        Path restricted = answers("restricted.yaml", "2026-06-10", "restricted");

        JsonNode json = new ObjectMapper().readTree(
                CliRun.run("compare", blocked.toString(), restricted.toString(), "--format", "json").out());

        assertThat(find(json.path("closedGaps"), "social-networks-blocked").path("link").asText())
                .startsWith("Became milder").contains("low priority");
        assertThat(find(json.path("openGaps"), "social-networks-restricted").path("link").asText())
                .startsWith("Became milder").contains("medium priority");
        assertThat(json.path("newGaps").findValuesAsText("id")).doesNotContain("social-networks-restricted");
    }

    @Test
    void filesInTheWrongOrderAreComparedWithAWarningOnStandardErrorAndInTheOutput() throws Exception {
        Path later = answers("later.yaml", "2026-06-10", "restricted");
        Path earlier = answers("earlier.yaml", "2026-01-10", "blocked");

        CliRun run = CliRun.run("compare", later.toString(), earlier.toString());
        CliRun json = CliRun.run("compare", later.toString(), earlier.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Warning: The earlier answers are dated 2026-06-10, after the later ones "
                + "(2026-01-10)");
        assertThat(run.out()).contains("WARNING: The earlier answers are dated 2026-06-10");
        assertThat(new ObjectMapper().readTree(json.out()).path("warnings").get(0).asText())
                .contains("check that the files are in the right order");
        assertThat(CliRun.run("compare", earlier.toString(), later.toString()).err()).doesNotContain("Warning");
    }

    @Test
    void aGapThatVanishedBecauseTheAnswerBecameUnknownIsNotConfirmed() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.run("compare", BEFORE, AFTER, "--format", "json").out());

        JsonNode vague = find(json.path("closedGaps"), "content-rules-vague");
        assertThat(vague.path("confirmed").asBoolean()).isFalse();
        assertThat(vague.path("link").asText()).as("the vague website rules remain a gap of their own")
                .isEqualTo("Still a gap, now: Website restrictions are stated only in vague terms");
        assertThat(find(json.path("closedGaps"), "heavy-handed-regime").path("confirmed").asBoolean()).isTrue();
    }

    @Test
    void theWorseDirectionShowsNewGaps() {
        CliRun run = CliRun.run("compare", AFTER, BEFORE, "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## What got worse: new gaps")
                .contains("**Personal use is banned and social networks are blocked, a heavy-handed regime overall** (high "
                        + "priority)");
    }

    @Test
    void theSameAnswersTwiceSayNothingChanged() {
        CliRun run = CliRun.run("compare", BEFORE, BEFORE, "--format", "html");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("nothing has changed").doesNotContain("What improved");
    }

    @Test
    void filesForDifferentEmployersAreRefused() throws Exception {
        Path other = Files.writeString(dir.resolve("other.yaml"),
                "employer: Somewhere Else plc\nanswers:\n  personal-use: banned\n");
        Path report = dir.resolve("compare.txt");

        CliRun run = CliRun.run("compare", BEFORE, other.toString(), "--out", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Northgate Customer Contact Ltd").contains("Somewhere Else plc")
                .contains("same employer").doesNotContain("Exception");
        assertThat(report).doesNotExist();
    }

    @Test
    void theSameEmployerWrittenDifferentlyIsAccepted() throws Exception {
        Path same = Files.writeString(dir.resolve("same.yaml"),
                "employer: \"northgate  customer contact ltd\"\nanswers:\n  personal-use: allowed\n");

        assertThat(CliRun.run("compare", BEFORE, same.toString()).exitCode()).isZero();
    }

    @Test
    void aBadAnswerInEitherFileNamesTheFileAndLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"answers\": {\n    \"personal-use\": \"maybe\"\n  }\n}\n");

        CliRun run = CliRun.run("compare", BEFORE, bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json:3").contains("maybe").contains("allowed, limited, banned, unknown");
    }

    @Test
    void bothFilesCannotComeFromStandardInput() {
        CliRun run = CliRun.run("compare", "-", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("standard input");
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }
}
