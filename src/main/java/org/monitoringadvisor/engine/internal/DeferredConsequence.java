package org.monitoringadvisor.engine.internal;

import java.io.Serializable;
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
 * not the rule ever fires; a {@code check} of 1,000 rules fires a handful of them. The class's bytes are in the
 * package's data from the build on, so a package stored before its rules fire is stored with this in their place, and
 * it finds them where that package is read.
 */
final class DeferredConsequence implements Consequence<ConsequenceContext>, Serializable {

    private static final long serialVersionUID = 1L;

    private final RuleImpl rule;
    private final String className;
    private transient volatile Consequence<ConsequenceContext> wired;

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
            // The package as the knowledge base holds it: its Java classes are in that data's class loader.
            InternalKnowledgePackage pkg = resolver.getRuleBase().getPackage(rule.getPackageName());
            consequence = wire(((JavaDialectRuntimeData) pkg.getDialectRuntimeRegistry().getDialectData("java"))
                    .getClassLoader());
        }
        consequence.evaluate(context, resolver);
    }

    /** Defines and makes the consequence's class from {@code loader}, once, and wires it into the rule. */
    @SuppressWarnings("unchecked")
    synchronized Consequence<ConsequenceContext> wire(ClassLoader loader) throws ReflectiveOperationException {
        if (wired == null) {
            Consequence<ConsequenceContext> consequence = (Consequence<ConsequenceContext>) loader.loadClass(className)
                    .getDeclaredConstructor().newInstance();
            rule.wire(consequence);
            wired = consequence;
        }
        return wired;
    }
}
