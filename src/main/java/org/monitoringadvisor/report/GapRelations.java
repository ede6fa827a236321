package org.monitoringadvisor.report;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Reason;

/**
 * How a gap in one assessment relates to the gaps in another, as {@code compare} needs it, worked out from the
 * rule base's data alone and naming no finding: two gaps are related when the rules concluded them from answers to
 * the same question (each finding's {@code because}), and one is more serious than the other by its priority, then
 * by its footing (both from the findings catalogue). A rule author who changes a gap's priority or footing, or the
 * answers a rule reads, changes the relations with it; nothing here needs editing.
 */
final class GapRelations {

    /** How serious a related gap is, against the gap it is compared with. */
    enum Severity {
        MORE, SAME, LESS
    }

    private GapRelations() {
    }

    /**
     * The gaps among {@code others} that rest on a question {@code gap} rests on and are {@code severity} serious
     * than it: by priority, then by footing (a legal duty is more serious than a union aim of the same priority).
     */
    static List<Finding> related(Finding gap, List<Finding> others, Severity severity) {
        Set<String> questions = gap.because().stream().map(Reason::question).collect(Collectors.toSet());
        return others.stream()
                .filter(o -> o.because().stream().anyMatch(r -> questions.contains(r.question())))
                .filter(o -> severity(o, gap) == severity).toList();
    }

    /** How serious {@code other} is against {@code than}. */
    static Severity severity(Finding other, Finding than) {
        int byPriority = than.priority().compareTo(other.priority());
        int order = byPriority != 0 ? byPriority : than.footing().compareTo(other.footing());
        return order > 0 ? Severity.MORE : order < 0 ? Severity.LESS : Severity.SAME;
    }
}
