package org.monitoringadvisor.policy;

import java.util.List;

/** The policy-reading cues or rules have mistakes; the message lists each with its file and line. */
public class PolicyRulesException extends RuntimeException {

    private final List<String> problems;

    public PolicyRulesException(List<String> problems) {
        super("the policy-reading rules have mistakes:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: error: message}. */
    public List<String> problems() {
        return problems;
    }
}
