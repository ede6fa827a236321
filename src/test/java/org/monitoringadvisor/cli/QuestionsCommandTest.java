package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Question;

/** The questionnaire exported for other tools (JSON) and for people (text). */
class QuestionsCommandTest {

    @TempDir
    Path dir;

    private static JsonNode json() throws Exception {
        CliRun run = CliRun.run("questions", "--format", "json");
        assertThat(run.exitCode()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode question(JsonNode json, String id) {
        for (JsonNode question : json.path("questions")) {
            if (question.path("id").asText().equals(id)) {
                return question;
            }
        }
        throw new AssertionError("no question " + id);
    }

    @Test
    void jsonHasEveryQuestionInInterviewOrderWithTheRuleBaseVersion() throws Exception {
        JsonNode json = json();

        List<String> ids = new ArrayList<>();
        json.path("questions").forEach(q -> ids.add(q.path("id").asText()));
        assertThat(ids).isEqualTo(Advisor.builtIn().questions().stream().map(Question::id).toList());
        assertThat(json.path("ruleBase").path("version").asText()).isEqualTo(Advisor.builtIn().version());
    }

    @Test
    void jsonQuestionsCarryWordingHelpLabelledOptionsTopicAndGuidance() throws Exception {
        JsonNode personalUse = question(json(), "personal-use");

        assertThat(personalUse.path("text").asText()).endsWith("?");
        assertThat(personalUse.path("help").asText()).isNotBlank();
        assertThat(personalUse.path("topic").asText()).isEqualTo("Personal use");
        List<String> values = new ArrayList<>();
        personalUse.path("options").forEach(o -> {
            values.add(o.path("value").asText());
            assertThat(o.path("label").asText()).as("label of %s", o).isNotBlank();
        });
        assertThat(values).containsExactly("allowed", "limited", "banned", "unknown");
        assertThat(personalUse.path("guidance").toString()).contains("unison-2014/allow-responsible-personal-use");
    }

    @Test
    void jsonSaysWhichQuestionsAreAskedFromTheStart() throws Exception {
        JsonNode json = json();

        assertThat(question(json, "monitoring-practice").path("askedFromStart").asBoolean()).isTrue();
        assertThat(question(json, "monitoring-disclosed").path("askedFromStart").asBoolean()).isFalse();
    }

    @Test
    void jsonCitesEveryGuidanceIdTheQuestionsUse() throws Exception {
        JsonNode json = json();
        List<String> cited = new ArrayList<>();
        json.path("guidance").forEach(g -> {
            cited.add(g.path("id").asText());
            assertThat(g.path("citation").asText()).as("citation of %s", g.path("id")).isNotBlank();
        });

        json.path("questions").forEach(q -> q.path("guidance").forEach(id -> assertThat(cited).contains(id.asText())));
    }

    @Test
    void jsonTopicsListEachQuestionOnce() throws Exception {
        JsonNode json = json();
        List<String> inTopics = new ArrayList<>();
        json.path("topics").forEach(t -> t.path("questions").forEach(q -> inTopics.add(q.asText())));

        assertThat(inTopics).hasSize(json.path("questions").size()).doesNotHaveDuplicates();
    }

    @Test
    void textShowsIdsValuesAndWhichQuestionsComeLater() {
        CliRun run = CliRun.run("questions");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Rule base " + Advisor.builtIn().version())
                .contains("monitoring-disclosed  (asked later)")
                .contains("banned: No, personal use is banned")
                .doesNotContain("monitoring-practice  (asked later)");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void theSameRuleBaseGivesTheSameBytes() {
        assertThat(CliRun.run("questions", "--format", "json").out())
                .isEqualTo(CliRun.run("questions", "--format", "json").out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.run("questions", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("xml").contains("text, json");
    }

    @Test
    void aMissingRulesFolderIsNamed() {
        CliRun run = CliRun.run("questions", "--rules", dir.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("nowhere");
    }
}
