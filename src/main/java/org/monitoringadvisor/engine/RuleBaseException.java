package org.monitoringadvisor.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule base cannot be built or misbehaved while running: every problem is listed, one a line, each with
 * its file and line.
 */
public class RuleBaseException extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleBaseException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RuleBaseException(String message) {
        super(message);
        this.problems = List.of();
    }

    /** The problems found, in file and line order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
