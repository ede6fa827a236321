package org.monitoringadvisor.engine.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Position;

/** Findings named in rules are worded in a {@code *.findings.yaml}; each is concluded by exactly one rule. */
final class FindingLint implements Lint {

    private record Concluded(DrlRule rule, DrlRule.NewFact fact) {
    }

    @Override
    public void check(LintInput input, Problems problems) {
        List<String> ids = input.knowledge().findings().all().stream().map(FindingText::id).toList();
        Map<String, Concluded> first = new HashMap<>();
        input.rules().forEach(rule -> {
            for (DrlRule.NewFact fact : rule.created()) {
                if (!fact.type().equals("Conclusion")) {
                    continue;
                }
                checkId(fact.id(), fact.position(), ids, problems);
                Concluded earlier = first.putIfAbsent(fact.id(), new Concluded(rule, fact));
                if (earlier != null) {
                    Position there = earlier.fact().position();
                    problems.error(fact.position(), "finding \"" + fact.id() + "\" is already concluded by rule \""
                            + earlier.rule().name() + "\" (" + there.file() + ":" + there.line() + "); let one "
                            + "rule conclude each finding, and derive a Judgement where several situations lead to it");
                }
            }
            for (DrlRule.FactPattern pattern : rule.patterns()) {
                if (pattern.type().equals("Conclusion")) {
                    pattern.on("finding").forEach(c -> checkId(c.literal(), c.position(), ids, problems));
                }
            }
        });
        if (!input.allReadable()) {
            return;
        }
        for (String id : ids) {
            if (!first.containsKey(id)) {
                problems.warning(input.lines().finding(id), "finding \"" + id + "\" is concluded by no rule: no "
                        + "rule inserts new Conclusion( \"" + id + "\" )");
            }
        }
    }

    private static void checkId(String id, Position at, List<String> ids, Problems problems) {
        if (!ids.contains(id)) {
            problems.error(at, "unknown finding \"" + id + "\"; it is not in any " + CatalogueLines.FINDINGS_SUFFIX
                    + " file" + Suggestions.didYouMean(id, ids));
        }
    }
}
