package org.monitoringadvisor.knowledge;

import java.util.List;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.model.Rebuttal;

/**
 * The wording of one finding, from a {@code *.findings.yaml} file: what a rule's {@code Conclusion} id stands for.
 *
 * @param id        the id rules conclude, for example {@code social-networks-blocked}
 * @param kind      gap, ask or strength
 * @param priority  how urgently to raise it
 * @param title     one line saying what was found (for an ask: the question to put to management)
 * @param advice    what to ask for or do
 * @param points    negotiating points
 * @param file      the file it was read from
 * @param proposal  for a gap, how a letter to management proposes to put it right (empty when not written)
 * @param footing   how firm its ground is (checked against the rule's citations when the rule base compiles)
 * @param rebuttals management's likely objections with the rep's answers (may be empty)
 * @param line      the line of {@code file} its entry starts on (1 when not known)
 */
public record FindingText(String id, FindingKind kind, Priority priority, String title, String advice,
                          List<String> points, String file, String proposal, Footing footing,
                          List<Rebuttal> rebuttals, int line) {

    public FindingText {
        points = List.copyOf(points);
        rebuttals = List.copyOf(rebuttals);
    }

    /** A finding without wording for the letter to management, without rebuttals, as a negotiating aim. */
    public FindingText(String id, FindingKind kind, Priority priority, String title, String advice,
                       List<String> points, String file) {
        this(id, kind, priority, title, advice, points, file, "", Footing.UNION_AIM, List.of(), 1);
    }

    /** Where the entry is, for messages: {@code file:line}. */
    public String place() {
        return file + ":" + line;
    }
}
