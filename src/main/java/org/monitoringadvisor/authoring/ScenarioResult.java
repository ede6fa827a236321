package org.monitoringadvisor.authoring;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.model.Finding;

/**
 * What happened when a scenario ran: the findings and questions, the rules that fired, and every expectation that
 * was not met. A scenario whose rules could not run (they looped, say) has an {@code error} instead.
 *
 * @param scenario   the scenario
 * @param findings   the findings reached, in report order
 * @param asked      the questions the interview asks with these answers, in catalogue order
 * @param firings    every rule firing, in order
 * @param mismatches the expectations not met, in the order the scenario lists them
 * @param error      why the rules could not run, or null
 * @param runaway    the rules that kept firing when the run was stopped for looping, busiest first (else empty)
 */
public record ScenarioResult(Scenario scenario, List<Finding> findings, List<String> asked, List<RuleFiring> firings,
                             List<Mismatch> mismatches, String error, List<String> runaway) {

    public ScenarioResult {
        findings = List.copyOf(findings);
        asked = List.copyOf(asked);
        firings = List.copyOf(firings);
        mismatches = List.copyOf(mismatches);
        runaway = List.copyOf(runaway);
    }

    /** An expectation as written and what was found instead. */
    public record Mismatch(String expected, String actual) {
    }

    /** Whether the rules ran and did all the scenario expects. */
    public boolean passed() {
        return error == null && mismatches.isEmpty();
    }

    /** The names of the rules that fired at least once. */
    public Set<String> firedRules() {
        return firings.stream().map(RuleFiring::rule).collect(Collectors.toCollection(TreeSet::new));
    }
}
