package org.monitoringadvisor.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;

/**
 * What changing an answer did, as the page after the change says it: the question, the new answer, and the findings
 * that came and went (by title).
 *
 * @param question the question's wording
 * @param answer   the new answer's label
 * @param gained   titles of the findings the change brought
 * @param lost     titles of the findings it took away
 */
record Change(String question, String answer, List<String> gained, List<String> lost) {

    static Change of(Question question, String value, List<Finding> before, List<Finding> after) {
        return new Change(question.text(), question.labelOf(value), titles(minus(after, before)),
                titles(minus(before, after)));
    }

    /** Whether the findings stayed as they were. */
    boolean nothingElse() {
        return gained.isEmpty() && lost.isEmpty();
    }

    boolean hasGained() {
        return !gained.isEmpty();
    }

    boolean hasLost() {
        return !lost.isEmpty();
    }

    private static List<Finding> minus(List<Finding> these, List<Finding> those) {
        Set<String> ids = those.stream().map(Finding::id).collect(Collectors.toSet());
        return these.stream().filter(f -> !ids.contains(f.id())).toList();
    }

    private static List<String> titles(List<Finding> findings) {
        return findings.stream().map(Finding::title).toList();
    }
}
