package org.monitoringadvisor.engine.check;

import java.util.HashMap;
import java.util.Map;
import org.monitoringadvisor.knowledge.Position;

/**
 * The conventions that keep a rule base explainable and ready for the next Drools parser: unique rule names,
 * {@code insertLogical} only, no input or output in rules, and no syntax the DRL10 parser drops.
 */
final class ConventionLint implements Lint {

    @Override
    public void check(LintInput input, Problems problems) {
        Map<String, Position> names = new HashMap<>();
        input.rules().forEach(rule -> {
            Position earlier = names.putIfAbsent(rule.name(), rule.position());
            if (earlier != null) {
                problems.error(rule.position(), "rule name \"" + rule.name() + "\" is already used at "
                        + earlier.file() + ":" + earlier.line() + "; rule names must be unique");
            }
            rule.calls().forEach(call -> problems.warning(call.position(), call.what()));
            rule.oldSyntax().forEach(old -> problems.warning(old.position(), old.what()));
        });
    }
}
