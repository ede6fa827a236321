package org.monitoringadvisor.engine;

import java.util.List;

/**
 * An answer names a question that is not in the catalogue, or gives a value the question does not allow. The
 * message names the question and lists what is allowed.
 */
public class InvalidAnswerException extends IllegalArgumentException {

    private final String question;
    private final String value;
    private final List<String> allowed;

    InvalidAnswerException(String question, String value, List<String> allowed, String message) {
        super(message);
        this.question = question;
        this.value = value;
        this.allowed = List.copyOf(allowed);
    }

    static InvalidAnswerException unknownQuestion(String question, List<String> known) {
        return new InvalidAnswerException(question, null, known,
                "unknown question \"" + question + "\"; known questions: " + String.join(", ", known));
    }

    static InvalidAnswerException valueNotAllowed(String question, String value, List<String> allowed) {
        return new InvalidAnswerException(question, value, allowed, "\"" + value + "\" is not an allowed answer to "
                + question + "; allowed: " + String.join(", ", allowed));
    }

    /** The question id the answer names. */
    public String question() {
        return question;
    }

    /** The rejected value, or null when the question itself is unknown. */
    public String value() {
        return value;
    }

    /** The allowed values, or the known question ids when the question is unknown. */
    public List<String> allowed() {
        return allowed;
    }
}
