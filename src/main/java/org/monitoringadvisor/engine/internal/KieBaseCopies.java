package org.monitoringadvisor.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Supplier;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.rule.impl.QueryImpl;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Copies of one KieBase, each with packages and a network of its own, for the sessions of another thread. Two
 * threads whose sessions share one KieBase assess 10 to 20% slower each than on copies (docs/performance.md,
 * Throughput, twelfth session): Drools touches the shared network's objects as it runs, and the cores then pass
 * those cache lines to and fro. The packages are serialised once, on the first copy, and read back for each.
 * Only for a KieBase built from precompiled packages: one compiled from DRL compiles its consequences as rules first
 * fire, and its copied packages would have none. A copy that lacks any consequence is refused, so that its lane
 * shares the original instead.
 */
final class KieBaseCopies implements Supplier<KieBase> {

    private final KieBase original;
    private byte[] packages;

    KieBaseCopies(KieBase original) {
        this.original = original;
    }

    @Override
    public KieBase get() {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(serialised()),
                KieBaseCopies.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> read = (Collection<KiePackage>) in.readObject();
            return withEveryConsequence(RuleBaseCompiler.newKieBase(read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a class of the rule base's own could not be found again", e);
        }
    }

    /**
     * {@code copy}, if each of its rules has its consequence. Drools writes a consequence compiled to Java as a
     * class name its package wires again; one a rule fired into place later ({@link DeferredConsequence}, in a rule
     * base compiled at run time) has no such entry, and its copy would have no consequence.
     */
    private static KieBase withEveryConsequence(KieBase copy) {
        for (KiePackage rulePackage : copy.getKiePackages()) {
            for (Rule rule : rulePackage.getRules()) {
                if (!(rule instanceof QueryImpl) && ((RuleImpl) rule).getConsequence() == null) {
                    throw new IllegalStateException("the copy of rule \"" + rule.getName() + "\" has no consequence");
                }
            }
        }
        return copy;
    }

    private synchronized byte[] serialised() throws IOException {
        if (packages == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeObject(new ArrayList<>(original.getKiePackages()));
            }
            packages = bytes.toByteArray();
        }
        return packages;
    }
}
