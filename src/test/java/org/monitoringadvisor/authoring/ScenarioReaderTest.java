package org.monitoringadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;

/** Scenario files: the documented format reads as written; every mistake is named with its file and line. */
class ScenarioReaderTest {

    @TempDir
    Path dir;

    private ScenarioReader reader;

    @BeforeEach
    void tinyRuleBase() {
        TinyRuleBase base = TinyRuleBase.in(dir);
        reader = ScenarioReader.forRuleBase(Knowledge.load(KnowledgeFiles.folder(base.folder())));
    }

    private List<Scenario> read(String text) {
        return reader.read(new ScenarioSource("s.yaml", text));
    }

    private void assertProblem(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(ScenarioFileException.class).hasMessage(message);
    }

    @Test
    void readsEveryPartOfAScenarioWithItsLine() {
        List<Scenario> scenarios = read("""
                # a comment
                scenarios:
                  - name: A ban is a gap
                    given:
                      personal-use: Banned
                      monitoring-practice: unknown
                    present:
                      - personal-use-banned
                      - {kind: gap, priority: high, guidance: test/argument, rule: "A ban on personal use is a gap"}
                    absent: [personal-use-allowed]
                    asked: [personal-use]
                    not-asked: []
                  - name: Nothing given yet
                    asked: [monitoring-practice]
                """);

        assertThat(scenarios).hasSize(2);
        Scenario ban = scenarios.get(0);
        assertThat(ban.location()).isEqualTo("s.yaml:3");
        assertThat(ban.given()).containsExactly(Map.entry("personal-use", "banned"),
                Map.entry("monitoring-practice", "unknown"));
        assertThat(ban.present()).containsExactly(new FindingPattern("personal-use-banned", null, null, null, null),
                new FindingPattern(null, FindingKind.GAP, Priority.HIGH, "test/argument",
                        "A ban on personal use is a gap"));
        assertThat(ban.present().get(1)).hasToString(
                "{kind: gap, priority: high, guidance: test/argument, rule: \"A ban on personal use is a gap\"}");
        assertThat(ban.absent()).extracting(FindingPattern::id).containsExactly("personal-use-allowed");
        assertThat(ban.asked()).containsExactly("personal-use");
        assertThat(scenarios.get(1).given()).isEmpty();
        assertThat(scenarios.get(1).line()).isEqualTo(13);
    }

    @Test
    void unquotedYesAndNoStayAnswers() {
        TinyRuleBase.in(dir).replace("questions.yaml", "  - {value: allowed, label: \"Yes\"}",
                "  - {value: \"yes\", label: \"Yes\"}");
        ScenarioReader yesNo = ScenarioReader.forRuleBase(Knowledge.load(KnowledgeFiles.folder(dir)));

        Scenario scenario = yesNo.read(new ScenarioSource("s.yaml", """
                scenarios:
                  - name: Yes is an answer
                    given: {personal-use: yes}
                    asked: [personal-use]
                """)).get(0);

        assertThat(scenario.given()).containsEntry("personal-use", "yes");
    }

    @Test
    void anUnknownAnswerNamesTheQuestionAndTheAllowedValues() {
        assertProblem("""
                scenarios:
                  - name: Typo
                    given:
                      personal-use: baned
                    asked: [personal-use]
                """, "s.yaml:4: \"baned\" is not an answer to personal-use; allowed: allowed, limited, banned, "
                + "unknown; did you mean \"banned\"?");
    }

    @Test
    void unknownIdsAreNamedWithTheirLine() {
        assertProblem("""
                scenarios:
                  - name: Unknown question
                    given: {personal_use: banned}
                    asked: [personal-use]
                """, "s.yaml:3: unknown question \"personal_use\"; it is not in questions.yaml; did you mean "
                + "\"personal-use\"?");
        assertProblem("""
                scenarios:
                  - name: Unknown finding
                    present: [personal-use-baned]
                """, "s.yaml:3: unknown finding \"personal-use-baned\"; it is not in any .findings.yaml file; did you "
                + "mean \"personal-use-banned\"?");
        assertProblem("""
                scenarios:
                  - name: Unknown rule
                    present:
                      - {rule: "A ban on personal use is gap"}
                """, "s.yaml:4: no rule is named \"A ban on personal use is gap\"; did you mean \"A ban on personal use "
                + "is a gap\"?");
        assertProblem("""
                scenarios:
                  - name: Unknown kind
                    absent:
                      - {kind: gaps}
                """, "s.yaml:4: unknown finding kind \"gaps\"; allowed: gap, ask, strength");
        assertProblem("""
                scenarios:
                  - name: Unknown guidance
                    absent:
                      - {guidance: test/monitor}
                """, "s.yaml:4: unknown guidance \"test/monitor\"; it is not in sources.yaml; did you mean "
                + "\"test/monitoring\"?");
    }

    @Test
    void unknownKeysAreNamedWithTheKeysThatExist() {
        assertProblem("""
                scenarios:
                  - name: Misspelt key
                    absnet: [personal-use-banned]
                """, "s.yaml:3: unknown key \"absnet\"; a scenario has name, given, present, absent, asked, not-asked, "
                + "lead-with; "
                + "did you mean \"absent\"?");
        assertProblem("""
                scenarios:
                  - name: Misspelt pattern key
                    present:
                      - {kinds: gap}
                """, "s.yaml:4: unknown key \"kinds\"; a finding is matched by id, kind, priority, guidance, rule and footing; "
                + "did you mean \"kind\"?");
    }

    @Test
    void aScenarioThatExpectsNothingCannotFailSoItIsRejected() {
        assertProblem("""
                scenarios:
                  - name: Nothing expected
                    given: {personal-use: banned}
                """, "s.yaml:2: scenario \"Nothing expected\" expects nothing, so it cannot fail; add present, "
                + "absent, asked, not-asked or lead-with");
    }

    @Test
    void theShapeOfTheFileIsChecked() {
        assertProblem("- name: no scenarios key\n", "s.yaml:1: expected \"scenarios:\" with a list of scenarios under it");
        assertProblem("scenarios:\n  - name: A\n    asked: [personal-use]\n  - name: A\n    asked: [personal-use]\n",
                "s.yaml:4: scenario name \"A\" is used twice in this file; give each scenario its own name");
        assertProblem("scenarios:\n  - given: {personal-use: banned}\n    asked: [personal-use]\n",
                "s.yaml:2: a scenario needs a \"name\": a sentence saying what it shows");
        assertThatThrownBy(() -> read("scenarios:\n  - name: [unclosed\n")).isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("s.yaml:").hasMessageContaining("not valid YAML");
    }
}
