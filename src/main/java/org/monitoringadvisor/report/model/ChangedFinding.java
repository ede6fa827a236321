package org.monitoringadvisor.report.model;

import java.util.List;

/**
 * A finding that appeared, disappeared or stayed between two assessments.
 *
 * @param id        the finding id
 * @param priority  {@code high}, {@code medium} or {@code low}
 * @param title     what was found
 * @param answers   the answers it rests on that changed, before and after
 * @param confirmed for a gap that closed: whether the answers now say it is put right (false when it disappeared
 *                  only because an answer is now "I don't know" or missing); true otherwise
 * @param link      how it relates to a gap on the same question in the other assessment, in words (a closed gap
 *                  that is now a smaller one, a new gap that replaces a smaller one); empty when there is none
 * @param footing   its footing id ({@code legal-duty}, {@code arguable}, {@code regulator-expects} or
 *                  {@code union-aim})
 * @param basis     the strongest kind of source it cites ({@code law}, {@code regulator}, {@code union} or
 *                  {@code other})
 */
public record ChangedFinding(String id, String priority, String title, List<AnswerChange> answers,
                             boolean confirmed, String link, String footing, String basis) {

    public ChangedFinding {
        answers = List.copyOf(answers);
    }
}
