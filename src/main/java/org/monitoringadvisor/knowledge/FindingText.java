package org.monitoringadvisor.knowledge;

import java.util.List;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;

/**
 * The wording of one finding, from a {@code *.findings.yaml} file: what a rule's {@code Conclusion} id stands for.
 *
 * @param id       the id rules conclude, for example {@code social-networks-blocked}
 * @param kind     gap, ask or strength
 * @param priority how urgently to raise it
 * @param title    one line saying what was found (for an ask: the question to put to management)
 * @param advice   what to ask for or do
 * @param points   negotiating points
 * @param file     the file it was read from
 * @param proposal for a gap, how a letter to management proposes to put it right (empty when not written)
 */
public record FindingText(String id, FindingKind kind, Priority priority, String title, String advice,
                          List<String> points, String file, String proposal) {

    public FindingText {
        points = List.copyOf(points);
    }

    /** A finding without wording for the letter to management. */
    public FindingText(String id, FindingKind kind, Priority priority, String title, String advice,
                       List<String> points, String file) {
        this(id, kind, priority, title, advice, points, file, "");
    }
}
