package org.monitoringadvisor.engine.internal;

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
 * loader and wires afresh), the builder wires as before. A rule's default consequence is not among the invokers
 * either: it is a {@link DeferredConsequence}, so the KieBase does not define its class until the rule fires.
 */
final class KieBaseWiredData extends JavaDialectRuntimeData {

    /** How Drools names the class of a rule's default consequence. */
    private static final String DEFAULT_CONSEQUENCE = "DefaultConsequenceInvoker";

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
            rule.wire(new DeferredConsequence(rule, className));
        } else {
            super.putInvoker(className, invoker);
        }
    }

    /** As Drools removes a rule, whose consequence's class it looks up: defined first if it was still deferred. */
    @Override
    public void removeRule(KnowledgePackageImpl pkg, RuleImpl rule) {
        if (rule.getConsequence() instanceof DeferredConsequence deferred) {
            try {
                deferred.wire(getClassLoader());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot wire the consequence of rule " + rule.getName(), e);
            }
        }
        super.removeRule(pkg, rule);
    }
}
