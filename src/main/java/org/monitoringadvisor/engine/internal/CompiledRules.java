package org.monitoringadvisor.engine.internal;

import java.util.Map;
import org.kie.api.KieBase;
import org.monitoringadvisor.engine.check.RuleInfo;

/**
 * A compiled, checked rule base: the KieBase to open sessions on, the pool of sessions on it, and each rule's
 * citation.
 */
public record CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules, SessionPool sessions) {

    public CompiledRules {
        rules = Map.copyOf(rules);
    }

    /** The rule base with a pool that reuses its sessions. */
    public CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules) {
        this(kieBase, rules, SessionPool.reusing(kieBase));
    }

    /** The same rule base, with every session built anew: to check that reuse changes nothing. */
    public CompiledRules withoutReuse() {
        return new CompiledRules(kieBase, rules, SessionPool.fresh(kieBase));
    }

    /** The same rule base, with sessions reset by Drools' own reset: to check that the pool's reset changes nothing. */
    public CompiledRules withDroolsReset() {
        return new CompiledRules(kieBase, rules, SessionPool.reusingWithDroolsReset(kieBase));
    }

    /**
     * The same rule base, with sessions that keep every fact in working memory: to check that keeping out the facts
     * no rule matches changes nothing.
     */
    public CompiledRules withEveryFactInWorkingMemory() {
        return new CompiledRules(kieBase, rules, SessionPool.reusingWithEveryFactInWorkingMemory(kieBase));
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
