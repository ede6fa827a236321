package org.monitoringadvisor.engine.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.definitions.impl.KnowledgePackageImpl;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.accessor.Wireable;
import org.drools.core.rule.JavaDialectRuntimeData;

/**
 * The Java dialect's runtime data (its classes and invokers) of a package being built, leaving the wiring of the
 * invokers to the KieBase, and that of the rules' consequences to their first firing. Drools' builder wires every
 * invoker of the package it has just compiled: it defines each consequence's class in the package's class loader and
 * makes one. The KieBase the package then goes into wires them all again, in a class loader of its own, so for the
 * packages {@link RuleBaseCompiler} builds (always put into a KieBase, or dropped) the first wiring is never used: for
 * 1,000 rules, 1,000 classes defined for nothing. When the package's classes were replaced (Drools then drops its class
 * loader and wires afresh), the builder wires as before. A rule's default consequence is a {@link DeferredConsequence}
 * until the rule fires, so a rule that never fires never has its class defined; every reload of the classes puts a
 * fresh one in its place, as Drools' own wiring would put a fresh class there. These packages are never stored: a
 * rule holding a deferred consequence cannot be serialised.
 */
final class KieBaseWiredData extends JavaDialectRuntimeData {

    /** How Drools names the class of a rule's default consequence. */
    private static final String DEFAULT_CONSEQUENCE = "DefaultConsequenceInvoker";

    /** The consequences wired at first firing: each class name, with its rule. */
    private final Map<String, RuleImpl> deferred = new ConcurrentHashMap<>();

    /** As Drools makes it, empty; also the constructor its deserialisation needs. */
    public KieBaseWiredData() {
        super();
    }

    @Override
    public void onBeforeExecute() {
        if (isDirty()) {
            super.onBeforeExecute();
        }
    }

    @Override
    public void putInvoker(String className, Wireable invoker) {
        if (invoker instanceof RuleImpl rule && className.endsWith(DEFAULT_CONSEQUENCE)) {
            deferred.put(className, rule);
            rule.wire(new DeferredConsequence(rule, className));
        } else {
            super.putInvoker(className, invoker);
        }
    }

    @Override
    public void reload() {
        super.reload();
        deferred.forEach((className, rule) -> rule.wire(new DeferredConsequence(rule, className)));
    }

    /** As Drools removes a rule; its consequence class is defined first if still deferred (Drools looks it up). */
    @Override
    public void removeRule(KnowledgePackageImpl pkg, RuleImpl rule) {
        deferred.entrySet().removeIf(entry -> {
            if (entry.getValue() != rule) {
                return false;
            }
            try {
                rule.wire(getClassLoader().loadClass(entry.getKey()).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot wire the consequence of rule " + rule.getName(), e);
            }
            return true;
        });
        super.removeRule(pkg, rule);
    }
}
