package org.monitoringadvisor.policy;

import java.util.List;

/**
 * A question on which the policy's passages disagree, so no answer is suggested.
 *
 * @param question the question id
 * @param because  what disagrees, in a sentence for the rep
 * @param evidence the passages that disagree
 */
public record Disagreement(String question, String because, List<Evidence> evidence) {

    public Disagreement {
        evidence = List.copyOf(evidence);
    }
}
