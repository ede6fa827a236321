package org.monitoringadvisor.engine.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.knowledge.Position;

/**
 * Judgements are derived facts with no catalogue, so a misspelt name is caught by pairing: every judgement a rule
 * matches must be derived by some rule, and every judgement derived should be matched somewhere.
 */
final class JudgementLint implements Lint {

    @Override
    public void check(LintInput input, Problems problems) {
        Map<String, Position> derived = new LinkedHashMap<>();
        Map<String, Position> matched = new LinkedHashMap<>();
        List<DrlRule.Comparison> conditions = new ArrayList<>();
        input.rules().forEach(rule -> {
            rule.created().stream().filter(f -> f.type().equals("Judgement"))
                    .forEach(f -> derived.putIfAbsent(f.id(), f.position()));
            rule.patterns().stream().filter(p -> p.type().equals("Judgement"))
                    .flatMap(p -> p.on("name").stream()).forEach(c -> {
                        conditions.add(c);
                        matched.putIfAbsent(c.literal(), c.position());
                    });
        });
        if (!input.allReadable()) {
            return;
        }
        for (DrlRule.Comparison condition : conditions) {
            if (!derived.containsKey(condition.literal())) {
                problems.error(condition.position(), "judgement \"" + condition.literal() + "\" is derived by no "
                        + "rule (no new Judgement( \"" + condition.literal() + "\" )), so this condition never holds"
                        + Suggestions.didYouMean(condition.literal(), derived.keySet()));
            }
        }
        derived.forEach((name, at) -> {
            if (!matched.containsKey(name)) {
                problems.warning(at, "judgement \"" + name + "\" is derived here but no rule matches "
                        + "Judgement( name == \"" + name + "\" )");
            }
        });
    }
}
