package org.monitoringadvisor.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Reason;

/**
 * How a gap in one assessment relates to the gaps in another, as {@code compare} needs it, worked out from the
 * rule base's data alone and naming no finding. Two gaps, one from each assessment, are the same problem when
 * <ul>
 * <li>the rules concluded them from a question answered differently in the two (each finding's {@code because}):
 * the answer that changed turned one into the other;</li>
 * <li>or the answers one rests on are some of those the other rests on: a gap that made one point of several, or
 * its part that is left;</li>
 * <li>or the findings catalogue says one takes the place of the other ({@code takes-the-place-of}), and the
 * answers the point rests on are given in both assessments: a point the rules leave out while a wider gap makes
 * it.</li>
 * </ul>
 * Sharing an answer that stayed the same is not enough: many gaps rest on routine monitoring, and are still
 * different problems. One gap is more serious than another by its priority, then by its footing (both from the
 * findings catalogue). A rule author who changes a gap's priority or footing, the answers a rule reads, or what a
 * gap takes the place of, changes the relations with it; nothing here needs editing.
 */
final class GapRelations {

    /** How serious a related gap is, against the gap it is compared with. */
    enum Severity {
        MORE, SAME, LESS
    }

    private final Catalogues catalogues;
    private final Map<String, String> earlierAnswers;
    private final Map<String, String> laterAnswers;

    /** Relations between the gaps of two assessments, given the answers of each. */
    GapRelations(Catalogues catalogues, Map<String, String> earlierAnswers, Map<String, String> laterAnswers) {
        this.catalogues = catalogues;
        this.earlierAnswers = earlierAnswers;
        this.laterAnswers = laterAnswers;
    }

    /**
     * The gaps among {@code others} (from the other assessment) that are the same problem as {@code gap} and are
     * {@code severity} serious than it: by priority, then by footing (a legal duty is more serious than a union aim
     * of the same priority).
     */
    List<Finding> related(Finding gap, List<Finding> others, Severity severity) {
        return others.stream().filter(o -> sameProblem(gap, o)).filter(o -> severity(o, gap) == severity).toList();
    }

    /**
     * Whether {@code part} is a point {@code wider} makes in its place: the catalogue says {@code wider} takes the
     * place of it, and the answers {@code part} rests on are given in both assessments, so it stood in both.
     */
    boolean partOf(Finding part, Finding wider) {
        Set<Map.Entry<String, String>> restsOn = answers(part).entrySet();
        return catalogues.takesThePlaceOf(wider.id()).contains(part.id())
                && earlierAnswers.entrySet().containsAll(restsOn) && laterAnswers.entrySet().containsAll(restsOn);
    }

    private boolean sameProblem(Finding a, Finding b) {
        Map<String, String> answersOfA = answers(a);
        Map<String, String> answersOfB = answers(b);
        boolean changed = answersOfA.entrySet().stream().anyMatch(
                e -> answersOfB.containsKey(e.getKey()) && !answersOfB.get(e.getKey()).equals(e.getValue()));
        boolean within = !answersOfA.isEmpty() && !answersOfB.isEmpty()
                && (answersOfA.entrySet().containsAll(answersOfB.entrySet())
                || answersOfB.entrySet().containsAll(answersOfA.entrySet()));
        return changed || within || partOf(a, b) || partOf(b, a);
    }

    private static Map<String, String> answers(Finding finding) {
        return finding.because().stream().collect(Collectors.toMap(Reason::question, Reason::value, (x, y) -> x));
    }

    /** How serious {@code other} is against {@code than}. */
    static Severity severity(Finding other, Finding than) {
        int byPriority = than.priority().compareTo(other.priority());
        int order = byPriority != 0 ? byPriority : than.footing().compareTo(other.footing());
        return order > 0 ? Severity.MORE : order < 0 ? Severity.LESS : Severity.SAME;
    }
}
