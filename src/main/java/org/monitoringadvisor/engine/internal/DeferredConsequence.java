package org.monitoringadvisor.engine.internal;

import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.consequence.Consequence;
import org.drools.base.rule.consequence.ConsequenceContext;
import org.drools.core.rule.JavaDialectRuntimeData;

/**
 * A rule's consequence until the rule first fires: then it defines the class Drools' Java dialect wrote for it, in the
 * class loader Drools would have defined it in when it wired the rule base, puts it in the rule's place (as that wiring
 * does) and runs it. Drools defines and makes every consequence's class when its knowledge base is built, whether or
 * not the rule ever fires; a {@code check} of 1,000 rules fires a handful of them.
 */
final class DeferredConsequence implements Consequence<ConsequenceContext> {

    private final RuleImpl rule;
    private final String className;
    private volatile Consequence<ConsequenceContext> wired;

    DeferredConsequence(RuleImpl rule, String className) {
        this.rule = rule;
        this.className = className;
    }

    @Override
    public String getName() {
        return RuleImpl.DEFAULT_CONSEQUENCE_NAME;
    }

    @Override
    public void evaluate(ConsequenceContext context, ValueResolver resolver) throws Exception {
        Consequence<ConsequenceContext> consequence = wired;
        if (consequence == null) {
            consequence = wire(resolver);
        }
        consequence.evaluate(context, resolver);
    }

    /** Defines and makes the consequence's class, once, and wires it into the rule. */
    @SuppressWarnings("unchecked")
    private synchronized Consequence<ConsequenceContext> wire(ValueResolver resolver)
            throws ReflectiveOperationException {
        if (wired == null) {
            // The package as the knowledge base holds it: its Java classes are in that data's class loader.
            InternalKnowledgePackage pkg = resolver.getRuleBase().getPackage(rule.getPackageName());
            ClassLoader loader = ((JavaDialectRuntimeData) pkg.getDialectRuntimeRegistry().getDialectData("java"))
                    .getClassLoader();
            Consequence<ConsequenceContext> consequence = (Consequence<ConsequenceContext>) loader.loadClass(className)
                    .getDeclaredConstructor().newInstance();
            rule.wire(consequence);
            wired = consequence;
        }
        return wired;
    }
}
