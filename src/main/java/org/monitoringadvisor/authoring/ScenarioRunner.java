package org.monitoringadvisor.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.monitoringadvisor.authoring.ScenarioResult.Mismatch;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.engine.RuleLoopException;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Relevance;

/** Runs scenarios against a rule base, each in an interview of its own, and compares what happened with them. */
public final class ScenarioRunner {

    private final Advisor advisor;

    public ScenarioRunner(Advisor advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
    }

    /** Runs every scenario, in order. */
    public List<ScenarioResult> runAll(List<Scenario> scenarios) {
        return scenarios.stream().map(this::run).toList();
    }

    /** Runs one scenario. A rule base that loops or misbehaves gives a result with an error, not an exception. */
    public ScenarioResult run(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        List<RuleFiring> firings = new ArrayList<>();
        try (Interview interview = advisor.startInterview(firings::add)) {
            interview.answerAll(scenario.given());
            // The assessment fires every rule the interview did, and the lead-with ones: keep its firings only, so
            // each is listed once (the interview's are kept when it fails, such as a rule that loops).
            firings.clear();
            Assessment assessment = advisor.assess(interview.answers(), firings::add);
            List<Finding> findings = assessment.findings();
            List<String> asked = interview.relevant().stream().map(Question::id).toList();
            List<Mismatch> mismatches = compare(scenario, findings, asked, interview);
            if (scenario.leadWith() != null && !scenario.leadWith().equals(assessment.leadWith())) {
                mismatches = new ArrayList<>(mismatches);
                mismatches.add(new Mismatch(expect("lead-with", scenario.leadWith()),
                        "leads with " + assessment.leadWith()));
            }
            return new ScenarioResult(scenario, findings, asked, firings, mismatches, null, List.of());
        } catch (RuleBaseException e) {
            List<String> runaway = e instanceof RuleLoopException loop ? loop.rules() : List.of();
            return new ScenarioResult(scenario, List.of(), List.of(), firings, List.of(), e.getMessage(), runaway);
        }
    }

    private static List<Mismatch> compare(Scenario scenario, List<Finding> findings, List<String> asked,
                                          Interview interview) {
        List<Mismatch> mismatches = new ArrayList<>();
        for (FindingPattern pattern : scenario.present()) {
            if (findings.stream().noneMatch(pattern::matches)) {
                mismatches.add(new Mismatch(expect("present", pattern), nearest(pattern, findings)));
            }
        }
        for (FindingPattern pattern : scenario.absent()) {
            List<Finding> found = findings.stream().filter(pattern::matches).toList();
            if (!found.isEmpty()) {
                mismatches.add(new Mismatch(expect("absent", pattern), "found " + String.join(", ",
                        found.stream().map(f -> describe(f, pattern)).toList())));
            }
        }
        for (String question : scenario.asked()) {
            if (!asked.contains(question)) {
                mismatches.add(new Mismatch(expect("asked", question), "not asked: no rule made it relevant"));
            }
        }
        for (String question : scenario.notAsked()) {
            if (asked.contains(question)) {
                List<Relevance> why = interview.whyAsked(question);
                mismatches.add(new Mismatch(expect("not-asked", question), "asked" + (why.isEmpty() ? ""
                        : ", made relevant by rule \"" + why.get(0).rule() + "\"")));
            }
        }
        return mismatches;
    }

    private static String expect(String key, Object what) {
        return String.format("%-10s%s", key, what);
    }

    /** What was found instead of a missing finding: the same id with other details, or nothing. */
    private static String nearest(FindingPattern pattern, List<Finding> findings) {
        if (pattern.id() != null) {
            for (Finding finding : findings) {
                if (finding.id().equals(pattern.id())) {
                    return "found only " + describe(finding, pattern);
                }
            }
        }
        return "no such finding";
    }

    /**
     * A finding in one line, {@code id (kind, priority, rule "name")}, with the guidance it cites when the pattern
     * is about guidance.
     */
    static String describe(Finding finding, FindingPattern pattern) {
        return finding.id() + " (" + finding.kind().id() + ", " + finding.priority().id() + ", rule \""
                + finding.rule() + "\"" + (pattern.guidance() == null ? ""
                : ", guidance " + String.join(", ", finding.guidance())) + ")";
    }
}
