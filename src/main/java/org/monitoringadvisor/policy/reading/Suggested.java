package org.monitoringadvisor.policy.reading;

import java.util.List;

/**
 * The reading rules' suggested answer to one question.
 *
 * @param question   the question id
 * @param value      the suggested value
 * @param confidence high or medium
 * @param because    a sentence saying why, for the rep
 * @param quoting    the signals to quote, as {@code question=value} (any stance)
 */
public record Suggested(String question, String value, String confidence, String because, List<String> quoting) {

    public Suggested {
        quoting = List.copyOf(quoting);
    }

    /** Quotes the question's own signals for {@code value}. */
    public Suggested(String question, String value, String confidence, String because) {
        this(question, value, confidence, because, List.of(question + "=" + value));
    }
}
