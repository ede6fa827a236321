package org.monitoringadvisor.engine.internal;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.core.RuleBaseConfiguration;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.tms.TruthMaintenanceSystemFactoryImpl;
import org.drools.tms.TruthMaintenanceSystemImpl;
import org.drools.tms.beliefsystem.BeliefSystem;
import org.kie.api.runtime.KieSession;

/**
 * Drools' truth maintenance factory, with the same behaviour and without its lock. Drools keeps one factory for the
 * whole JVM and finds a session's truth maintenance in a map of entry points behind one {@code synchronized} lock,
 * on every {@code insertLogical}: sessions on several threads (the HTTP service, an embedding tool) take that
 * lock some thirty times per assessment each, and on the 2-core machine the JFR monitor events showed it as the one
 * lock two assessing threads block on. Here the lookup is a {@link ConcurrentHashMap} read, which takes no lock.
 * Entry points do not override {@code equals} or {@code hashCode}, so keys compare by identity as in Drools' own
 * {@code IdentityHashMap}. Drools loads it as a service (META-INF/services), preferring it by its priority.
 *
 * <p>A session whose environment sets {@link #KEEP_UNMATCHED_FACTS_OUT} (on a KieBase that compares facts by identity,
 * Drools' default) gets an {@link UnmatchedFactBeliefSystem} instead of Drools' simple one; every other session in
 * the JVM keeps Drools' own behaviour.
 */
public final class ConcurrentTruthMaintenanceFactory extends TruthMaintenanceSystemFactoryImpl {

    /** The session environment entry that asks for an {@link UnmatchedFactBeliefSystem}, set to {@code true}. */
    public static final String KEEP_UNMATCHED_FACTS_OUT = "org.monitoringadvisor.keepUnmatchedFactsOut";

    /** The private field of Drools' truth maintenance that holds its belief system (Drools 10.2.0). */
    static final String BELIEF_SYSTEM_FIELD = "defaultBeliefSystem";

    private final Map<InternalWorkingMemoryEntryPoint, TruthMaintenanceSystem> byEntryPoint =
            new ConcurrentHashMap<>();

    /**
     * Drools' truth maintenance makes its belief system itself, into a private field no public method sets; null if
     * this Drools has no such field (then every session keeps Drools' belief system).
     */
    private final Field beliefSystem;

    /** The factory Drools loads as its service. */
    public ConcurrentTruthMaintenanceFactory() {
        this(BELIEF_SYSTEM_FIELD);
    }

    /** A factory that looks for the belief system in the field {@code beliefSystemField}: a test names one missing. */
    ConcurrentTruthMaintenanceFactory(String beliefSystemField) {
        this.beliefSystem = field(beliefSystemField);
    }

    @Override
    public TruthMaintenanceSystem getOrCreateTruthMaintenanceSystem(ReteEvaluator evaluator) {
        return getOrCreateTruthMaintenanceSystem((InternalWorkingMemoryEntryPoint) evaluator.getDefaultEntryPoint());
    }

    @Override
    public TruthMaintenanceSystem getOrCreateTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
        TruthMaintenanceSystem existing = byEntryPoint.get(entryPoint);
        return existing != null ? existing : byEntryPoint.computeIfAbsent(entryPoint, this::newTruthMaintenance);
    }

    private TruthMaintenanceSystem newTruthMaintenance(InternalWorkingMemoryEntryPoint entryPoint) {
        TruthMaintenanceSystemImpl tms = new TruthMaintenanceSystemImpl(entryPoint);
        if (beliefSystem != null && keepsUnmatchedFactsOut(entryPoint)) {
            try {
                beliefSystem.set(tms, new UnmatchedFactBeliefSystem(entryPoint, tms));
            } catch (IllegalAccessException | IllegalArgumentException e) {
                // Another Drools whose field holds something else: Drools' own belief system stays.
            }
        }
        return tms;
    }

    /**
     * Whether the entry point's session asked for it. Only where facts are compared by identity: a stated fact
     * equal to a justified one kept out would find no handle in an equality-based object store.
     */
    private static boolean keepsUnmatchedFactsOut(InternalWorkingMemoryEntryPoint entryPoint) {
        return entryPoint.getReteEvaluator() instanceof KieSession session
                && Boolean.TRUE.equals(session.getEnvironment().get(KEEP_UNMATCHED_FACTS_OUT))
                && entryPoint.getKnowledgeBase().getRuleBaseConfiguration().getAssertBehaviour()
                == RuleBaseConfiguration.AssertBehaviour.IDENTITY;
    }

    private static Field field(String name) {
        try {
            Field field = TruthMaintenanceSystemImpl.class.getDeclaredField(name);
            if (!BeliefSystem.class.isAssignableFrom(field.getType())) {
                return null;
            }
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void clearTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
        TruthMaintenanceSystem removed = byEntryPoint.remove(entryPoint);
        if (removed != null) {
            removed.clear();
        }
    }

    @Override
    public int getEntryPointsMapSize() {
        return byEntryPoint.size();
    }

    @Override
    public void clearEntryPointsMap() {
        byEntryPoint.clear();
    }

    /** Above Drools' own (priority 0), so that Drools' service lookup picks this one. */
    @Override
    public int servicePriority() {
        return 1;
    }
}
