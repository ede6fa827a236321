package org.monitoringadvisor.engine.internal;

import org.drools.core.rule.JavaDialectRuntimeData;

/**
 * The Java dialect's runtime data (its classes and invokers) of a package being built, leaving the wiring of the
 * invokers to the KieBase. Drools' builder wires every invoker of the package it has just compiled: it defines each
 * consequence's class in the package's class loader and makes one. The KieBase the package then goes into wires them
 * all again, in a class loader of its own, so for the packages {@link RuleBaseCompiler} builds (always put into a
 * KieBase, or dropped) the first wiring is never used: for 1,000 rules, 1,000 classes defined for nothing. When the
 * package's classes were replaced (Drools then drops its class loader and wires afresh), the builder wires as before.
 */
final class KieBaseWiredData extends JavaDialectRuntimeData {

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
}
