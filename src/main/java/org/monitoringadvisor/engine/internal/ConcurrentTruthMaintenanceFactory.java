package org.monitoringadvisor.engine.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.tms.TruthMaintenanceSystemFactoryImpl;
import org.drools.tms.TruthMaintenanceSystemImpl;

/**
 * Drools' truth maintenance factory, with the same behaviour and without its lock. Drools keeps one factory for the
 * whole JVM and finds a session's truth maintenance in a map of entry points behind one {@code synchronized} lock,
 * on every {@code insertLogical}: sessions on several threads (the HTTP service, an embedding tool) take that
 * lock some thirty times per assessment each, and on the 2-core machine the JFR monitor events showed it as the one
 * lock two assessing threads block on. Here the lookup is a {@link ConcurrentHashMap} read, which takes no lock.
 * Entry points do not override {@code equals} or {@code hashCode}, so keys compare by identity as in Drools' own
 * {@code IdentityHashMap}. Drools loads it as a service (META-INF/services), preferring it by its priority.
 */
public final class ConcurrentTruthMaintenanceFactory extends TruthMaintenanceSystemFactoryImpl {

    private final Map<InternalWorkingMemoryEntryPoint, TruthMaintenanceSystem> byEntryPoint =
            new ConcurrentHashMap<>();

    @Override
    public TruthMaintenanceSystem getOrCreateTruthMaintenanceSystem(ReteEvaluator evaluator) {
        return getOrCreateTruthMaintenanceSystem((InternalWorkingMemoryEntryPoint) evaluator.getDefaultEntryPoint());
    }

    @Override
    public TruthMaintenanceSystem getOrCreateTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
        TruthMaintenanceSystem existing = byEntryPoint.get(entryPoint);
        return existing != null ? existing : byEntryPoint.computeIfAbsent(entryPoint, TruthMaintenanceSystemImpl::new);
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
