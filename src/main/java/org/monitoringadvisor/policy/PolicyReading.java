package org.monitoringadvisor.policy;

import java.util.List;
import java.util.Optional;

/**
 * What reading a policy gave: the document, the suggested answers (in the questionnaire's order) with their
 * evidence, and the questions on which the text disagrees with itself.
 *
 * @param document      the document read
 * @param suggestions   one per question the text settles
 * @param disagreements the questions left open because passages disagree
 */
public record PolicyReading(PolicyDocument document, List<Suggestion> suggestions, List<Disagreement> disagreements) {

    public PolicyReading {
        suggestions = List.copyOf(suggestions);
        disagreements = List.copyOf(disagreements);
    }

    /** The suggestion for a question, if the text settles it. */
    public Optional<Suggestion> suggestion(String question) {
        return suggestions.stream().filter(s -> s.question().equals(question)).findFirst();
    }
}
