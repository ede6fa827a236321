package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.report.model.Letter;
import org.monitoringadvisor.report.model.Proposal;

/** The draft letter: gaps as proposals, the employer's copy free of anything meant for the union side. */
class LetterTest {

    private static final Map<String, String> ANSWERS = Map.of("personal-use", "banned",
            "monitoring-practice", "routine", "monitoring-disclosed", "no", "filter-blocks-lgbt-terms", "unknown",
            "website-restrictions", "specified-with-examples");

    private final ReportInput input = ReportInput.of(Advisor.builtIn().assess(ANSWERS), Advisor.builtIn().knowledge(), Map.of("employer", "Acme Ltd"));

    @Test
    void everyBuiltInGapHasWordsForTheLetter() {
        assertThat(Advisor.builtIn().knowledge().findings().all())
                .filteredOn(f -> f.kind() == FindingKind.GAP)
                .allSatisfy(gap -> assertThat(gap.proposal()).as(gap.id()).isNotBlank())
                .extracting(FindingText::proposal).doesNotHaveDuplicates();
    }

    @Test
    void eachGapBecomesAProposalUnderItsTopicTheLeadWithPointsFirstThenInQuestionnaireOrder() {
        Letter letter = LetterBuilder.build(input, Audience.EMPLOYER);

        // The rules lead with undisclosed monitoring, then the ban; the other monitoring gap follows by topic.
        assertThat(input.assessment().leadWith()).startsWith("routine-monitoring-undisclosed", "personal-use-banned");
        assertThat(letter.proposals()).extracting(Proposal::topic)
                .containsExactly("Monitoring", "Personal use", "Monitoring");
        assertThat(letter.proposals().get(0).proposal()).isEqualTo(
                Advisor.builtIn().knowledge().findings().find("routine-monitoring-undisclosed").orElseThrow().proposal());
        assertThat(letter.pressing()).isEqualTo("the first two are those we see as most pressing");
        assertThat(letter.proposals()).allSatisfy(p -> assertThat(p.proposal()).startsWith("We propose"));
        assertThat(letter.strengths()).containsExactly(
                "The policy spells out which websites are off limits, with examples");
    }

    @Test
    void theOrderIsExplainedOnlyWhenSomeProposalsComeFirstAndOthersAfter() {
        assertThat(LetterBuilder.pressing(0, 4)).isEmpty();
        assertThat(LetterBuilder.pressing(4, 4)).isEmpty();
        assertThat(LetterBuilder.pressing(1, 4)).isEqualTo("the first is the one we see as most pressing");
        assertThat(LetterBuilder.pressing(3, 9)).isEqualTo("the first three are those we see as most pressing");
    }

    @Test
    void theEmployersCopyLeavesOutArgumentsOpenQuestionsAndAnswers() {
        String letter = LetterReport.render(input, Audience.EMPLOYER, Markup.TEXT).replaceAll("\\s+", " ");

        assertThat(letter).contains("Dear [Name of HR director],", "Acme Ltd", "[date]", "We propose that staff may use");
        assertThat(letter).doesNotContain("Note for the rep").doesNotContainIgnoringCase("background for the rep")
                .doesNotContain("a blanket ban mostly breeds resentment") // a negotiating point
                .doesNotContain("Ask IT for the list of blocked words") // the open question's advice
                .doesNotContain("I don't know").doesNotContain("Answer:");
    }

    @Test
    void theRepsCopyAddsTheCoverNoteArgumentsOpenQuestionsAndAnswers() {
        String letter = LetterReport.render(input, Audience.REP, Markup.TEXT).replaceAll("\\s+", " ");

        assertThat(letter).contains("NOTE FOR THE REP: REMOVE BEFORE SENDING", "Dear [Name of HR director],",
                "a blanket ban mostly breeds resentment", "Ask IT for the list of blocked words",
                "Answer: I don't know");
        assertThat(letter.indexOf("NOTE FOR THE REP")).isLessThan(letter.indexOf("Dear"));
        assertThat(letter.indexOf("Dear")).isLessThan(letter.indexOf("BACKGROUND FOR THE REP"));
    }

    @Test
    void withoutGapsTheLetterProposesAJointReviewInstead() {
        ReportInput good = ReportInput.of(Advisor.builtIn().assess(Map.of("personal-use", "allowed")), Advisor.builtIn().knowledge(), Map.of());

        String letter = LetterReport.render(good, Audience.EMPLOYER, Markup.TEXT).replaceAll("\\s+", " ");

        assertThat(letter).contains("a proposal for a joint review", "[Name of employer]",
                "Responsible personal use of email and the internet is allowed.").doesNotContain("negotiate an agreement");
    }

    @Test
    void theHtmlLetterEscapesTheEmployerAndKeepsTheRepNoteOffTheLetterPage() {
        ReportInput hostile = ReportInput.of(Advisor.builtIn().assess(ANSWERS), Advisor.builtIn().knowledge(), Map.of("employer", "<script>alert(1)</script>"));

        String rep = LetterReport.render(hostile, Audience.REP, Markup.HTML);
        String employer = LetterReport.render(hostile, Audience.EMPLOYER, Markup.HTML);

        assertThat(rep).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("class=\"rep-only\"");
        assertThat(employer).doesNotContain("rep-only\"").doesNotContain("<script>");
    }
}
