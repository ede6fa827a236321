package org.monitoringadvisor.policy.reading;

import java.util.List;

/**
 * A question the policy's passages disagree on, so nothing is suggested.
 *
 * @param question the question id
 * @param because  a sentence saying what disagrees
 * @param quoting  the signals to quote, as {@code question=value}
 */
public record Disputed(String question, String because, List<String> quoting) {

    public Disputed {
        quoting = List.copyOf(quoting);
    }
}
