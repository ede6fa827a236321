package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.report.model.AnswerRow;
import org.monitoringadvisor.report.model.Element;
import org.monitoringadvisor.report.model.ElementStatus;
import org.monitoringadvisor.report.model.Item;
import org.monitoringadvisor.report.model.Report;

/** What the report says, before any format: sections, elements, sources, the appendix and the header. */
class ReportBuilderTest {

    private static Report report(Map<String, Object> metadata, String... questionValuePairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < questionValuePairs.length; i += 2) {
            answers.put(questionValuePairs[i], questionValuePairs[i + 1]);
        }
        return ReportBuilder.build(ReportInput.of(Advisor.builtIn().assess(answers), Advisor.builtIn().knowledge(), metadata));
    }

    private static Report report(String... questionValuePairs) {
        return report(Map.of(), questionValuePairs);
    }

    private static ElementStatus status(Report report, String guidance) {
        return report.glance().elements().list().stream().filter(e -> e.guidance().equals(guidance))
                .map(Element::status).findFirst().orElseThrow();
    }

    private static List<AnswerRow> rows(Report report) {
        return report.answers().stream().flatMap(t -> t.rows().stream()).toList();
    }

    @Test
    void theNineElementsComeFromTheSourceCatalogueInItsOrder() {
        List<Element> elements = report().glance().elements().list();

        assertThat(elements).hasSize(9);
        assertThat(elements.get(0).guidance()).isEqualTo("unison-2014/monitor-only-on-suspicion");
        assertThat(elements).extracting(Element::guidance).doesNotContain("unison-2014/balanced-agreement",
                "unison-2014/arg-work-life-balance");
    }

    @Test
    void anElementIsInPlaceWhenAStrengthCitesItAndMissingWhenAGapDoes() {
        Report report = report("personal-use", "allowed", "social-media-access", "blocked");

        assertThat(status(report, "unison-2014/allow-responsible-personal-use")).isEqualTo(ElementStatus.IN_PLACE);
        assertThat(status(report, "unison-2014/no-social-network-bans")).isEqualTo(ElementStatus.MISSING);
        assertThat(status(report, "unison-2014/union-email-privacy")).isEqualTo(ElementStatus.UNKNOWN);
        assertThat(report.glance().elements().inPlace()).isEqualTo(1);
        assertThat(report.glance().elements().missing()).isEqualTo(1);
        assertThat(report.glance().elements().bar()).isEqualTo("[#x???????]");
    }

    @Test
    void restrictedSocialNetworksAreAGapYetNoOutrightBanIsInPlace() {
        Report report = report("social-media-access", "restricted");

        assertThat(report.allGaps()).extracting(Item::title).contains("Access to social networking sites is restricted");
        assertThat(status(report, "unison-2014/no-social-network-bans")).isEqualTo(ElementStatus.IN_PLACE);
        assertThat(status(report(), "unison-2014/no-social-network-bans")).as("with no answer")
                .isEqualTo(ElementStatus.UNKNOWN);
    }

    @Test
    void aQuestionForManagementLeavesItsElementNotKnown() {
        Report report = report("personal-use", "unknown");

        assertThat(status(report, "unison-2014/allow-responsible-personal-use")).isEqualTo(ElementStatus.UNKNOWN);
    }

    @Test
    void aGapOutweighsAStrengthCitingTheSameElement() {
        // Routine monitoring is a gap against monitor-only-on-suspicion; disclosing it fully is a strength
        // against a different element, so each keeps its own status.
        Report report = report("monitoring-practice", "routine", "monitoring-disclosed", "fully");

        assertThat(status(report, "unison-2014/monitor-only-on-suspicion")).isEqualTo(ElementStatus.MISSING);
        assertThat(status(report, "unison-2014/disclose-routine-monitoring")).isEqualTo(ElementStatus.IN_PLACE);
    }

    @Test
    void gapsAreGroupedByPriorityHighestFirstAndNumberedThroughout() {
        Report report = report("policy-exists", "yes", "policy-publicised", "partly", "personal-use", "banned",
                "monitoring-practice", "routine", "monitoring-disclosed", "fully");

        assertThat(report.gaps()).extracting(g -> g.priority()).containsExactly("high", "medium", "low");
        assertThat(report.allGaps()).extracting(Item::number).containsExactly(1, 2, 3);
        assertThat(report.gaps().get(0).heading()).isEqualTo("High priority");
    }

    @Test
    void eachFindingSaysWhatWasFoundInTheRepsWords() {
        Item gap = report("personal-use", "banned").allGaps().get(0);

        assertThat(gap.found()).singleElement().satisfies(fact -> {
            assertThat(fact.question()).isEqualTo("May staff use work email and the internet for personal reasons?");
            assertThat(fact.answer()).isEqualTo("No, personal use is banned");
        });
    }

    @Test
    void sourcesAreNumberedOnceInTheOrderTheReportFirstCitesThem() {
        Report report = report("personal-use", "banned", "social-media-access", "restricted");

        assertThat(report.references()).extracting(r -> r.number())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, report.references().size()).boxed().toList());
        assertThat(report.references()).extracting(r -> r.id()).doesNotHaveDuplicates()
                .startsWith("unison-2014/allow-responsible-personal-use");
        // Both gaps (the ban and the restriction) cite the recruitment argument: one number.
        int shared = report.references().stream().filter(r -> r.id().equals("unison-2014/arg-recruitment-retention"))
                .findFirst().orElseThrow().number();
        assertThat(report.allGaps()).hasSize(2)
                .allSatisfy(g -> assertThat(g.sourceNumbers()).contains("[" + shared + "]"));
        assertThat(report.documents()).hasSize(1);
        assertThat(report.documents().get(0).url()).startsWith("https://www.unison.org.uk/");
    }

    @Test
    void theAppendixMarksAnAnswerToAQuestionThatDidNotApply() {
        Report report = report("monitoring-practice", "none", "monitoring-disclosed", "no");

        AnswerRow disclosed = rows(report).stream().filter(r -> r.value().equals("no")).findFirst().orElseThrow();
        assertThat(disclosed.relevant()).isFalse();
        assertThat(disclosed.note()).contains("Not relevant");
        AnswerRow practice = rows(report).stream().filter(r -> r.value().equals("none")).findFirst().orElseThrow();
        assertThat(practice.relevant()).isTrue();
        assertThat(practice.note()).isEmpty();
    }

    @Test
    void theAppendixListsRelevantQuestionsStillUnansweredButNotIrrelevantOnes() {
        Report report = report("policy-exists", "no");

        assertThat(rows(report)).filteredOn(r -> r.answer().equals("Not answered"))
                .extracting(AnswerRow::question).contains("May staff use work email and the internet for personal "
                        + "reasons?")
                .noneMatch(q -> q.startsWith("How did the policy come about"));
    }

    @Test
    void theHeaderShowsWhatTheFileGaveWithoutControlCharacters() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("employer", "Acme\u001b[31m Ltd\n");
        metadata.put("date", "2026-01-31");
        metadata.put("rep", "J. Smith");
        metadata.put("notes", List.of("not shown"));

        Report report = report(metadata, "personal-use", "banned");

        assertThat(report.header().employer()).isEqualTo("Acme[31m Ltd");
        assertThat(report.header().details()).extracting(d -> d.label() + ": " + d.value())
                .contains("Date of the answers: 2026-01-31", "Prepared by: J. Smith")
                .anyMatch(d -> d.startsWith("Rule base: Monitoring Advisor rule base, version "))
                .noneMatch(d -> d.contains("not shown"));
    }

    @Test
    void withoutAnswersThereAreNoFindingsAndEveryElementIsNotKnown() {
        Report report = report();

        assertThat(report.hasFindings()).isFalse();
        assertThat(report.glance().elements().unknown()).isEqualTo(9);
    }
}
