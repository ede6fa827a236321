package org.monitoringadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Relevance;

/** The stepwise interview: the rules decide what is asked, and changed answers withdraw what rested on them. */
class InterviewTest {

    private final Advisor advisor = Advisor.builtIn();

    @Test
    void startsWithTheAlwaysRelevantQuestionsInCatalogueOrder() {
        try (Interview interview = advisor.startInterview()) {
            assertThat(interview.next()).map(Question::id).hasValue("policy-exists");
            assertThat(interview.remaining()).extracting(Question::id).containsExactly("policy-exists",
                    "personal-use", "social-media-access", "monitoring-practice", "explanation-first",
                    "union-email-addresses", "filter-blocks-lgbt-terms", "website-restrictions",
                    "email-content-rules");
        }
    }

    @Test
    void routineMonitoringMakesItsDisclosureRelevantAndChangingTheAnswerWithdrawsIt() {
        try (Interview interview = advisor.startInterview()) {
            interview.answer("monitoring-practice", "routine");
            assertThat(interview.isRelevant("monitoring-disclosed")).isTrue();
            interview.answer("monitoring-disclosed", "no");
            assertThat(interview.findings()).extracting(Finding::id)
                    .contains("routine-monitoring", "routine-monitoring-undisclosed");

            interview.answer("monitoring-practice", "on-suspicion-only");

            assertThat(interview.isRelevant("monitoring-disclosed")).isFalse();
            assertThat(interview.findings()).extracting(Finding::id).contains("monitoring-on-suspicion-only")
                    .doesNotContain("routine-monitoring", "routine-monitoring-undisclosed");
            assertThat(interview.answers()).containsEntry("monitoring-disclosed", "no");
        }
    }

    @Test
    void whyAskedNamesTheRuleTheAnswersAndTheGuidance() {
        try (Interview interview = advisor.startInterview()) {
            interview.answer("union-email-addresses", "yes");

            Relevance why = interview.whyAsked("union-email-privacy").get(0);

            assertThat(why.rule()).isEqualTo("Union email addresses make their privacy worth asking about");
            assertThat(why.because()).extracting(r -> r.question() + "=" + r.value())
                    .containsExactly("union-email-addresses=yes");
            assertThat(why.sources()).extracting(s -> s.id()).containsExactly("unison-2014/union-email-privacy");
        }
    }

    @Test
    void withdrawingAnAnswerMakesTheQuestionUnansweredAgain() {
        try (Interview interview = advisor.startInterview()) {
            interview.answer("policy-exists", "no");
            interview.withdraw("policy-exists");

            assertThat(interview.next()).map(Question::id).hasValue("policy-exists");
            assertThat(interview.findings()).isEmpty();
        }
    }

    @Test
    void afterAChangedAnswerEveryFindingIsExplainedByAnswersThatStillCount() {
        try (Interview interview = advisor.startInterview()) {
            interview.answer("monitoring-practice", "routine");
            interview.answer("union-email-addresses", "yes");
            interview.answer("union-email-privacy", "not-guaranteed");
            // Before the change a finding rests on the privacy answer, so the check after it can fail.
            assertThat(interview.findings()).flatExtracting(Finding::because)
                    .anyMatch(r -> r.question().equals("union-email-privacy"));

            interview.answer("union-email-addresses", "no");

            assertThat(interview.findings()).flatExtracting(Finding::because)
                    .noneMatch(r -> r.question().equals("union-email-privacy"));
        }
    }
}
