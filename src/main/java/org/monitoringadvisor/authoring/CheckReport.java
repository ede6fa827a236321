package org.monitoringadvisor.authoring;

import java.util.List;
import org.monitoringadvisor.engine.RuleProblem;

/**
 * What {@code check} found: every problem in file and line order, and what was looked at.
 *
 * @param problems  errors and warnings, each {@code file:line:column: severity: message}
 * @param rules     how many rules were read
 * @param scenarios how many scenarios ran to measure coverage
 */
public record CheckReport(List<RuleProblem> problems, int rules, int scenarios) {

    public CheckReport {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(RuleProblem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
