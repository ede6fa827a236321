package org.monitoringadvisor.engine.internal;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.PropagationContext;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.common.SuperCacheFixer;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.core.reteoo.ObjectTypeConf;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.TerminalNode;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.drools.tms.beliefsystem.simple.SimpleBeliefSet;
import org.drools.tms.beliefsystem.simple.SimpleBeliefSystem;

/**
 * Drools' simple belief system, except that a fact a rule inserts logically and no node of the network would receive
 * (no rule or query has a pattern its class matches: the built-in rules' {@code Ask} and {@code Conclusion} facts)
 * stays out of working memory. Truth maintenance is unchanged: the fact has its handle, its equality key and its
 * justifications, and is withdrawn when the last of them goes, at the same moment as before; listeners get the same
 * inserted and deleted events at the same moments too. What it saves is what working memory would do with such a
 * fact for nothing: add it to the object store, send it through the entry point to no node, take it out again.
 * The visible difference is that {@code KieSession.getObjects()} and {@code getFactHandle} do not find such facts,
 * which is why only sessions that ask for it get it (see {@link ConcurrentTruthMaintenanceFactory#KEEP_UNMATCHED_FACTS_OUT}):
 * a {@link RuleSession} reads what the rules inserted from the events. It follows that a consequence that plainly
 * {@code insert}s the very object it inserted logically (which the rule check warns about: rules here use {@code
 * insertLogical} only) adds a second fact, where Drools would find the first in working memory and let the stated
 * one take its place. An equal object inserted plainly finds no handle in Drools either (facts compare by identity
 * there), and is handled the same way. {@code UnmatchedFactBeliefSystemTest} compares sessions with and without it.
 */
final class UnmatchedFactBeliefSystem extends SimpleBeliefSystem {

    private final InternalWorkingMemoryEntryPoint entryPoint;

    UnmatchedFactBeliefSystem(InternalWorkingMemoryEntryPoint entryPoint, TruthMaintenanceSystem tms) {
        super(entryPoint, tms);
        this.entryPoint = entryPoint;
    }

    /** A belief set that knows whether its fact was kept out of working memory. */
    private static final class Beliefs extends SimpleBeliefSet {

        private static final long serialVersionUID = 1L;

        boolean keptOut;

        Beliefs(SimpleBeliefSystem system, InternalFactHandle handle) {
            super(system, handle);
        }
    }

    @Override
    public BeliefSet newBeliefSet(InternalFactHandle handle) {
        return new Beliefs(this, handle);
    }

    @Override
    public BeliefSet<SimpleMode> insert(LogicalDependency<SimpleMode> node, BeliefSet<SimpleMode> beliefSet,
                                        PropagationContext context, ObjectTypeConf typeConf) {
        InternalFactHandle handle = beliefSet.getFactHandle();
        if (!beliefSet.isEmpty() || handle.getEqualityKey().getStatus() != EqualityKey.JUSTIFIED
                || !unmatched(typeConf)) {
            return super.insert(node, beliefSet, context, typeConf);
        }
        beliefSet.add(node.getMode());
        keepOut((Beliefs) beliefSet, node.getJustifier().getRule(),
                SuperCacheFixer.asTerminalNode(node.getJustifier().getTuple()));
        return beliefSet;
    }

    @Override
    public void delete(SimpleMode mode, RuleImpl rule, InternalMatch match, Object payload,
                       BeliefSet<SimpleMode> beliefSet, PropagationContext context) {
        Beliefs beliefs = (Beliefs) beliefSet;
        if (!beliefs.keptOut) {
            super.delete(mode, rule, match, payload, beliefSet, context);
            return;
        }
        beliefSet.remove(mode);
        if (!beliefSet.isEmpty()) {
            return;
        }
        // As Drools' simple belief system does when the last justification goes, but with nothing to take out.
        beliefs.keptOut = false;
        InternalFactHandle handle = beliefSet.getFactHandle();
        EqualityKey key = handle.getEqualityKey();
        if (key == null) {
            return;
        }
        if (key.getStatus() == EqualityKey.JUSTIFIED) {
            withdrawn(handle, context.getRuleOrigin(), match == null ? null
                    : SuperCacheFixer.asTerminalNode(match.getTuple()));
        }
        key.setLogicalFactHandle(null);
        ((TruthMaintenanceSystemEqualityKey) key).setBeliefSet(null);
        if (key.getStatus() == EqualityKey.JUSTIFIED) {
            getTruthMaintenanceSystem().remove(key);
        }
    }

    /** An equal fact was inserted as stated: the justified one makes way (here, it was never in). */
    @Override
    public void stage(PropagationContext context, BeliefSet<SimpleMode> beliefSet) {
        Beliefs beliefs = (Beliefs) beliefSet;
        if (!beliefs.keptOut) {
            super.stage(context, beliefSet);
            return;
        }
        beliefs.keptOut = false;
        InternalFactHandle handle = beliefSet.getFactHandle();
        withdrawn(handle, context.getRuleOrigin(), null);
        handle.getEqualityKey().setStatus(EqualityKey.STATED);
    }

    /** The last stated equal fact was deleted: the justified one comes back (out of working memory if unmatched). */
    @Override
    public void unstage(PropagationContext context, BeliefSet<SimpleMode> beliefSet) {
        InternalFactHandle handle = beliefSet.getFactHandle();
        ObjectTypeConf typeConf = entryPoint.getObjectTypeConfigurationRegistry()
                .getOrCreateObjectTypeConf(entryPoint.getEntryPoint(), handle.getObject());
        if (!unmatched(typeConf)) {
            super.unstage(context, beliefSet);
            return;
        }
        handle.getEqualityKey().setStatus(EqualityKey.JUSTIFIED);
        keepOut((Beliefs) beliefSet, context.getRuleOrigin(), null);
    }

    /** True if no node of the network would receive a fact of this type: no rule or query could see it. */
    private static boolean unmatched(ObjectTypeConf typeConf) {
        for (ObjectTypeNode node : typeConf.getObjectTypeNodes()) {
            if (node.getObjectSinkPropagator().size() > 0) {
                return false;
            }
        }
        return true;
    }

    /** In place of the insert into working memory: the same propagation number and the same event. */
    private void keepOut(Beliefs beliefs, RuleImpl rule, TerminalNode terminalNode) {
        beliefs.keptOut = true;
        InternalFactHandle handle = beliefs.getFactHandle();
        ReteEvaluator evaluator = entryPoint.getReteEvaluator();
        PropagationContext context = entryPoint.getPctxFactory().createPropagationContext(
                evaluator.getNextPropagationIdCounter(), PropagationContext.Type.INSERTION, rule, terminalNode,
                handle, entryPoint.getEntryPoint());
        evaluator.getRuleRuntimeEventSupport().fireObjectInserted(context, handle, handle.getObject(), evaluator);
    }

    /** In place of the delete from working memory: the same propagation number and the same event. */
    private void withdrawn(InternalFactHandle handle, RuleImpl rule, TerminalNode terminalNode) {
        ReteEvaluator evaluator = entryPoint.getReteEvaluator();
        PropagationContext context = entryPoint.getPctxFactory().createPropagationContext(
                evaluator.getNextPropagationIdCounter(), PropagationContext.Type.DELETION, rule, terminalNode,
                handle, entryPoint.getEntryPoint());
        evaluator.getRuleRuntimeEventSupport().fireObjectRetracted(context, handle, handle.getObject(), evaluator);
    }
}
