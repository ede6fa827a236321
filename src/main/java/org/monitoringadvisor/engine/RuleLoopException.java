package org.monitoringadvisor.engine;

import java.util.List;

/** Rules kept firing without settling (for example a {@code modify} that re-triggers itself) and were stopped. */
public class RuleLoopException extends RuleBaseException {

    private final List<String> rules;

    public RuleLoopException(String message) {
        this(message, List.of());
    }

    /**
     * @param message what happened, naming the rules
     * @param rules   the rules that fired most, busiest first
     */
    public RuleLoopException(String message, List<String> rules) {
        super(message);
        this.rules = List.copyOf(rules);
    }

    /** The names of the rules that fired most before the session was stopped, busiest first. */
    public List<String> rules() {
        return rules;
    }
}
