package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.report.GapRelations.Severity;

/**
 * The relations compare uses come from the findings' data: the answers they rest on, their priority and footing,
 * and what the catalogue says a gap takes the place of. Gaps made up here, with ids no rule base has, relate just
 * as the built-in ones do.
 */
class GapRelationsTest {

    private static final Catalogues CATALOGUES = Catalogues.of(Advisor.builtIn().knowledge());
    private static final GapRelations RELATIONS = new GapRelations(CATALOGUES, Map.of(), Map.of());

    private static Finding gap(String id, String question, Priority priority, Footing footing) {
        return gap(id, priority, footing, question, "v");
    }

    /** A gap resting on these question and value pairs. */
    private static Finding gap(String id, Priority priority, Footing footing, String... questionValuePairs) {
        List<Reason> because = new java.util.ArrayList<>();
        for (int i = 0; i < questionValuePairs.length; i += 2) {
            because.add(new Reason(questionValuePairs[i], questionValuePairs[i + 1], "?", "V"));
        }
        return new Finding(id, FindingKind.GAP, priority, id, "", List.of(), "a rule", because, List.of(), footing,
                List.of());
    }

    private final Finding blocked = gap("x-blocked", "access", Priority.MEDIUM, Footing.UNION_AIM);
    private final Finding restricted = gap("x-restricted", "access", Priority.LOW, Footing.UNION_AIM);
    private final Finding reworded = gap("x-reworded", "access", Priority.MEDIUM, Footing.UNION_AIM);
    private final Finding unlawful = gap("x-unlawful", "access", Priority.MEDIUM, Footing.LEGAL_DUTY);
    private final Finding elsewhere = gap("y-other", "another-question", Priority.HIGH, Footing.LEGAL_DUTY);

    @Test
    void aGapOnTheSameQuestionIsMoreOrLessSeriousByPriorityThenFooting() {
        List<Finding> others = List.of(restricted, reworded, unlawful, elsewhere);

        assertThat(RELATIONS.related(blocked, others, Severity.LESS)).containsExactly(restricted);
        assertThat(RELATIONS.related(blocked, others, Severity.SAME)).containsExactly(reworded);
        assertThat(RELATIONS.related(blocked, others, Severity.MORE)).containsExactly(unlawful);
    }

    @Test
    void aGapOnAnotherQuestionIsNotRelatedHoweverSerious() {
        assertThat(RELATIONS.related(elsewhere, List.of(blocked, restricted, unlawful), Severity.LESS)).isEmpty();
    }

    @Test
    void aSharedAnswerThatStayedTheSameDoesNotMakeTwoGapsOneProblem() {
        Finding unionMail = gap("x-union-mail", Priority.HIGH, Footing.LEGAL_DUTY, "practice", "routine",
                "union-addresses", "no");
        Finding personalMail = gap("x-personal-mail", Priority.LOW, Footing.UNION_AIM, "practice", "routine",
                "personal-messages", "partly");

        assertThat(RELATIONS.related(unionMail, List.of(personalMail), Severity.LESS)).isEmpty();
    }

    @Test
    void aSharedQuestionAnsweredDifferentlyOrAGapRestingOnPartOfAnothersAnswersIsTheSameProblem() {
        Finding hidden = gap("x-hidden", Priority.HIGH, Footing.LEGAL_DUTY, "disclosed", "no");
        Finding partly = gap("x-partly", Priority.HIGH, Footing.LEGAL_DUTY, "disclosed", "partly");
        Finding regime = gap("x-regime", Priority.HIGH, Footing.UNION_AIM, "personal-use", "banned",
                "social", "blocked");
        Finding blockedOnly = gap("x-blocked", Priority.MEDIUM, Footing.UNION_AIM, "social", "blocked");

        assertThat(RELATIONS.related(hidden, List.of(partly), Severity.SAME)).containsExactly(partly);
        assertThat(RELATIONS.related(regime, List.of(blockedOnly), Severity.LESS)).containsExactly(blockedOnly);
    }

    @Test
    void aGapTheCatalogueSaysAnotherTakesThePlaceOfIsPartOfItWhereItsAnswersStoodInBoth() {
        Finding hidden = gap("routine-monitoring-undisclosed", Priority.HIGH, Footing.LEGAL_DUTY,
                "monitoring-disclosed", "no");
        Finding retention = gap("retention-not-stated", Priority.MEDIUM, Footing.LEGAL_DUTY,
                "monitoring-retention", "not-stated");
        GapRelations stood = new GapRelations(CATALOGUES,
                Map.of("monitoring-disclosed", "no", "monitoring-retention", "not-stated"),
                Map.of("monitoring-disclosed", "partly", "monitoring-retention", "not-stated"));
        GapRelations answeredLater = new GapRelations(CATALOGUES, Map.of("monitoring-disclosed", "no"),
                Map.of("monitoring-disclosed", "partly", "monitoring-retention", "not-stated"));

        assertThat(stood.partOf(retention, hidden)).isTrue();
        assertThat(stood.partOf(hidden, retention)).isFalse();
        assertThat(stood.related(retention, List.of(hidden), Severity.MORE)).containsExactly(hidden);
        assertThat(answeredLater.partOf(retention, hidden)).as("no retention answer before").isFalse();
        assertThat(answeredLater.related(retention, List.of(hidden), Severity.MORE)).isEmpty();
    }

    @Test
    void changingAPriorityInTheDataChangesTheRelation() {
        Finding raised = gap("x-restricted", "access", Priority.HIGH, Footing.UNION_AIM);

        assertThat(GapRelations.severity(restricted, blocked)).isEqualTo(Severity.LESS);
        assertThat(GapRelations.severity(raised, blocked)).isEqualTo(Severity.MORE);
    }
}
