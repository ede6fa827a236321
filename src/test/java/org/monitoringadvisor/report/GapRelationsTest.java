package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.report.GapRelations.Severity;

/**
 * The relations compare uses come from the findings' data: the questions they rest on, their priority and
 * footing. Gaps made up here, with ids no rule base has, relate just as the built-in ones do.
 */
class GapRelationsTest {

    private static Finding gap(String id, String question, Priority priority, Footing footing) {
        return new Finding(id, FindingKind.GAP, priority, id, "", List.of(), "a rule",
                List.of(new Reason(question, "v", question + "?", "V")), List.of(), footing, List.of());
    }

    private final Finding blocked = gap("x-blocked", "access", Priority.MEDIUM, Footing.UNION_AIM);
    private final Finding restricted = gap("x-restricted", "access", Priority.LOW, Footing.UNION_AIM);
    private final Finding reworded = gap("x-reworded", "access", Priority.MEDIUM, Footing.UNION_AIM);
    private final Finding unlawful = gap("x-unlawful", "access", Priority.MEDIUM, Footing.LEGAL_DUTY);
    private final Finding elsewhere = gap("y-other", "another-question", Priority.HIGH, Footing.LEGAL_DUTY);

    @Test
    void aGapOnTheSameQuestionIsMoreOrLessSeriousByPriorityThenFooting() {
        List<Finding> others = List.of(restricted, reworded, unlawful, elsewhere);

        assertThat(GapRelations.related(blocked, others, Severity.LESS)).containsExactly(restricted);
        assertThat(GapRelations.related(blocked, others, Severity.SAME)).containsExactly(reworded);
        assertThat(GapRelations.related(blocked, others, Severity.MORE)).containsExactly(unlawful);
    }

    @Test
    void aGapOnAnotherQuestionIsNotRelatedHoweverSerious() {
        assertThat(GapRelations.related(elsewhere, List.of(blocked, restricted, unlawful), Severity.LESS)).isEmpty();
    }

    @Test
    void changingAPriorityInTheDataChangesTheRelation() {
        Finding raised = gap("x-restricted", "access", Priority.HIGH, Footing.UNION_AIM);

        assertThat(GapRelations.severity(restricted, blocked)).isEqualTo(Severity.LESS);
        assertThat(GapRelations.severity(raised, blocked)).isEqualTo(Severity.MORE);
    }
}
