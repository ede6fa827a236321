package org.monitoringadvisor.engine.internal;

import java.util.Map;
import org.kie.api.KieBase;
import org.monitoringadvisor.engine.check.RuleInfo;

/** A compiled, checked rule base: the KieBase to open sessions on, and each rule's citation. */
public record CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules) {

    public CompiledRules {
        rules = Map.copyOf(rules);
    }

    /** The rule with this name; every rule that fires was compiled, so it is always known. */
    public RuleInfo rule(String name) {
        RuleInfo info = rules.get(name);
        if (info == null) {
            throw new IllegalStateException("rule \"" + name + "\" is not in the compiled rule base");
        }
        return info;
    }
}
