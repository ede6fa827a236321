package org.monitoringadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.report.Audience;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.report.LetterReport;
import org.monitoringadvisor.report.Markup;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.TextReport;

/**
 * A finding's footing is data, checked against what it cites when the rule base loads; rebuttals are data too, and
 * show in the report and the rep's letter but not in the employer's.
 */
class FootingTest {

    private static final String LAW_SOURCE = """
              - id: law
                title: A statute for tests
                publisher: Parliament
                published: "2020"
                url: https://example.org/law
                kind: law
                current-as-of: "2026-01"
            points:
              - id: law/duty
                document: law
                summary: A settled duty.
              - id: law/argued
                document: law
                confidence: medium
                summary: An argued point.
            """;

    private static final String REBUTTAL = """
                footing: legal-duty
                rebuttals:
                  - objection: Everyone else bans it.
                    answer: What others do is no defence.
                    guidance: [law/duty]
            """;

    @TempDir
    Path dir;

    private List<String> problems(TinyRuleBase base) {
        return RuleBaseCheck.check(KnowledgeFiles.folder(base.folder()),
                () -> ScenarioSources.ofRulesFolder(base.folder())).problems().stream()
                .map(RuleProblem::toString).map(s -> s.replace(dir.toString() + "/", "")).toList();
    }

    @Test
    void aLegalDutyThatCitesOnlyUnionOrOtherGuidanceIsRefusedAtItsLine() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("tiny.findings.yaml", "footing: union-aim",
                "footing: legal-duty");

        assertThatThrownBy(() -> Advisor.fromFolder(base.folder())).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("tiny.findings.yaml:2:")
                .hasMessageContaining("finding \"personal-use-banned\" has footing \"legal-duty\" but cites only "
                        + "union or other guidance");
        assertThat(problems(base)).anySatisfy(p -> assertThat(p).startsWith("tiny.findings.yaml:2:1: error: "
                + "finding \"personal-use-banned\" has footing \"legal-duty\""));
    }

    @Test
    void anArguablePointOrARegulatorsExpectationNeedsLawOrARegulatorBehindIt() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("tiny.findings.yaml", "footing: union-aim",
                "footing: arguable");

        assertThat(problems(base)).anySatisfy(p -> assertThat(p).contains("has footing \"arguable\" but cites only"));
    }

    @Test
    void aLegalDutyCannotRestOnAPointGradedMediumConfidence() {
        TinyRuleBase base = lawBase()
                .replace("tiny.drl", "@guidance(\"test/personal-use, test/argument\")", "@guidance(\"law/argued\")")
                .replace("tiny.findings.yaml", "footing: union-aim", "footing: legal-duty");

        assertThat(problems(base)).anySatisfy(p -> assertThat(p).contains("finding \"personal-use-banned\" has "
                + "footing \"legal-duty\" but rests on guidance graded below high confidence: law/argued (medium)"));

        TinyRuleBase settled = base.replace("tiny.drl", "@guidance(\"law/argued\")", "@guidance(\"law/duty\")");
        assertThat(problems(settled)).noneMatch(p -> p.contains("error"));
    }

    @Test
    void aMissingOrUnknownFootingIsAnErrorNamingTheAllowedValues() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("tiny.findings.yaml", "footing: union-aim",
                "footing: likely-breach");

        assertThatThrownBy(() -> Advisor.fromFolder(base.folder())).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("tiny.findings.yaml:2: finding \"personal-use-banned\"")
                .hasMessageContaining("allowed: legal-duty, arguable, regulator-expects, union-aim");

        base.replace("tiny.findings.yaml", "    footing: likely-breach\n", "");
        assertThatThrownBy(() -> Advisor.fromFolder(base.folder())).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("missing \"footing\"");
    }

    @Test
    void rebuttalsMustCiteGuidanceThatExistsAndNumberOneToThree() {
        TinyRuleBase base = lawBase().replace("tiny.findings.yaml", "    footing: union-aim\n",
                REBUTTAL.replace("law/duty", "law/nothing"));

        assertThatThrownBy(() -> Advisor.fromFolder(base.folder())).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("finding \"personal-use-banned\"")
                .hasMessageContaining("a rebuttal cites guidance \"law/nothing\", which is not in sources.yaml");

        String four = "    rebuttals:\n" + "      - {objection: a, answer: b, guidance: [law/duty]}\n".repeat(4);
        base.replace("tiny.findings.yaml", "    rebuttals:\n", four.replaceFirst("\n$", "\n    ignored:\n"));
        assertThatThrownBy(() -> Advisor.fromFolder(base.folder())).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("\"rebuttals\" must be a list of 1 to 3 entries");
    }

    @Test
    void aFileWithRebuttalsIsWarnedAboutEveryHighGapLeftWithout() {
        TinyRuleBase base = lawBase().replace("tiny.findings.yaml", "  - id: personal-use-allowed",
                "  - id: extra-gap\n    kind: gap\n    priority: high\n    footing: union-aim\n    title: An extra\n"
                        + "    advice: None.\n  - id: personal-use-allowed")
                .replace("tiny.findings.yaml", "    footing: union-aim\n", REBUTTAL)
                .replace("tiny.drl", "@guidance(\"test/personal-use, test/argument\")", "@guidance(\"law/duty\")");

        assertThat(problems(base)).anySatisfy(p -> assertThat(p).contains("warning: high-priority gap "
                + "\"extra-gap\" has no rebuttals"));
    }

    @Test
    void footingAndRebuttalsReachTheJsonTheReportAndTheRepsLetterOnly() throws Exception {
        TinyRuleBase base = lawBase()
                .replace("tiny.drl", "@guidance(\"test/personal-use, test/argument\")", "@guidance(\"law/duty\")")
                .replace("tiny.findings.yaml", "    footing: union-aim\n", REBUTTAL)
                .replace("tiny.findings.yaml", "advice: Ask for it to be allowed.",
                        "advice: Ask for it to be allowed.\n    proposal: We propose allowing it.");
        Advisor advisor = Advisor.fromFolder(base.folder());
        Map<String, String> answers = Map.of("personal-use", "banned", "monitoring-practice", "routine");
        ReportInput input = ReportInput.of(advisor.assess(answers), advisor.knowledge(), Map.of("employer", "Acme"));

        Finding ban = advisor.assess(answers).findings().stream().filter(f -> f.id().equals("personal-use-banned"))
                .findFirst().orElseThrow();
        assertThat(ban.footing()).isEqualTo(Footing.LEGAL_DUTY);
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(input)).get("findings");
        assertThat(json.get(0).get("id").asText()).isEqualTo("personal-use-banned");
        assertThat(json.get(0).get("footing").asText()).isEqualTo("legal-duty");
        assertThat(json.get(0).get("rebuttals").get(0).get("objection").asText()).isEqualTo("Everyone else bans it.");
        assertThat(json.get(0).get("rebuttals").get(0).get("guidance").get(0).asText()).isEqualTo("law/duty");
        assertThat(json.get(1).get("footing").asText()).isEqualTo("union-aim");
        assertThat(json.get(1).get("rebuttals")).isEmpty();

        String report = TextReport.render(input).replaceAll("\\s+", " ");
        assertThat(report).contains("Footing: a legal duty (settled law or a statutory code): falling short is a "
                + "likely breach.", "\"Everyone else bans it.\" Answer: What others do is no defence.",
                "Footing: a union negotiating aim, not a legal duty.");
        assertThat(report.split("likely breach", -1)).hasSize(2); // said once: for the one legal duty

        assertThat(LetterReport.render(input, Audience.REP, Markup.TEXT)).contains("Everyone else bans it.");
        assertThat(LetterReport.render(input, Audience.EMPLOYER, Markup.TEXT)).doesNotContain("Everyone else",
                "likely breach");
    }

    private TinyRuleBase lawBase() {
        return TinyRuleBase.in(dir).replace("sources.yaml", "points:\n", LAW_SOURCE);
    }
}
