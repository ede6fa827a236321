package org.monitoringadvisor.report.model;

import java.util.List;

/**
 * The questions that matter for these answers but were left unanswered, so the findings may be incomplete.
 *
 * @param ids       their question ids, in catalogue order
 * @param questions the questions as the rep saw them, in the same order
 */
public record Unanswered(List<String> ids, List<String> questions) {

    public Unanswered {
        ids = List.copyOf(ids);
        questions = List.copyOf(questions);
    }

    /** Whether any relevant question is unanswered. */
    public boolean any() {
        return !ids.isEmpty();
    }

    /** How many. */
    public int count() {
        return ids.size();
    }

    /** The warning a report opens with, for example "12 questions not answered; the findings may be incomplete". */
    public String warning() {
        return count() + (count() == 1 ? " question" : " questions") + " not answered; the findings may be incomplete";
    }
}
