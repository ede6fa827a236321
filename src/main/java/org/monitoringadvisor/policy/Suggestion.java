package org.monitoringadvisor.policy;

import java.util.List;

/**
 * An answer the policy's text settles, for the rep to confirm.
 *
 * @param question   the question id
 * @param value      the suggested value
 * @param confidence {@code high} (the text says it plainly) or {@code medium} (it follows, but a rep should look)
 * @param because    why, in a sentence for the rep
 * @param evidence   the passages it rests on, in document order
 */
public record Suggestion(String question, String value, String confidence, String because, List<Evidence> evidence) {

    public Suggestion {
        evidence = List.copyOf(evidence);
    }
}
