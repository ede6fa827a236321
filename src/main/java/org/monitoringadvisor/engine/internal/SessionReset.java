package org.monitoringadvisor.engine.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.core.common.Memory;
import org.drools.core.common.NodeMemories;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.SegmentMemory;
import org.drools.core.reteoo.SegmentMemory.SegmentPrototype;
import org.drools.core.time.TimerService;
import org.drools.kiesession.entrypoints.NamedEntryPointsManager;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;

/**
 * Resets one pooled session the way Drools' {@link StatefulKnowledgeSessionImpl#reset()} does, step for step and in
 * the same order, but without what that costs again at every reset although it never changes for a session on a
 * KieBase that is not changed: the set of the session's segment memories (Drools gathers them afresh into a
 * {@link HashSet} each time, hashing every node memory's segment) and each segment's prototype (a map lookup). Here
 * both are kept from the last reset and gathered again, the way Drools gathers them, only when some node memory's
 * segment is not the one it had then (the rules touched a part of the network they had not before), so the segments
 * are reset and linked in the order Drools' own reset would use.
 *
 * <p>Drools 10.2.0's reset also clears a few fields no public method reaches; they are read and written here through
 * {@link VarHandle}s. If they cannot be found (another Drools), or the session holds something this reset does not
 * handle (a process runtime, KieBase listeners), Drools' own reset runs instead. {@code SessionResetTest} runs random
 * assessments through sessions reset both ways and compares every firing and everything they conclude: after a
 * Drools upgrade, it is the check that this copy of the reset still matches Drools' own.
 */
final class SessionReset {

    // Static finals, so the JIT compiles each access to a plain field read.
    private static final VarHandle PROPAGATION_ID_COUNTER = field("propagationIdCounter", AtomicLong.class.getName());
    private static final VarHandle LAST_IDLE_TIMESTAMP = field("lastIdleTimestamp", AtomicLong.class.getName());
    private static final VarHandle ENTRY_POINTS_MANAGER = field("entryPointsManager",
            NamedEntryPointsManager.class.getName());
    private static final VarHandle TIMER_SERVICE = field("timerService", TimerService.class.getName());
    private static final VarHandle PROCESS_RUNTIME = field("processRuntime",
            "org.drools.core.runtime.process.InternalProcessRuntime");
    private static final boolean AVAILABLE = PROPAGATION_ID_COUNTER != null && LAST_IDLE_TIMESTAMP != null
            && ENTRY_POINTS_MANAGER != null && TIMER_SERVICE != null && PROCESS_RUNTIME != null;

    /** Each node memory's segment at the last reset, by memory id (null for none or no memory). */
    private SegmentMemory[] segmentOf = new SegmentMemory[0];
    /** The distinct segments, in the order Drools' reset would visit them, and their prototypes. */
    private SegmentMemory[] segments = new SegmentMemory[0];
    private SegmentPrototype[] prototypes = new SegmentPrototype[0];

    /** True if this reset can run on this Drools (else {@link #reset} runs Drools' own). */
    static boolean available() {
        return AVAILABLE;
    }

    /** Resets {@code session} for its next assessment, as {@link StatefulKnowledgeSessionImpl#reset()} would. */
    void reset(StatefulKnowledgeSessionImpl session) {
        if (!AVAILABLE || PROCESS_RUNTIME.get(session) != null
                || !session.getKieBaseEventListeners().isEmpty()) {
            session.reset();
            return;
        }
        resetAllMemories(session);
        session.getAgenda().reset();
        session.getGlobalResolver().clear();
        // KieBase listeners: none, checked above.
        session.getRuleRuntimeEventSupport().clear();
        session.getRuleEventSupport().clear();
        session.getAgendaEventSupport().clear();
        session.getFactHandleFactory().clear(0, 0);
        ((AtomicLong) PROPAGATION_ID_COUNTER.get(session)).set(0);
        ((AtomicLong) LAST_IDLE_TIMESTAMP.get(session)).set(-1);
        ((NamedEntryPointsManager) ENTRY_POINTS_MANAGER.get(session)).reset();
        TimerService timers = (TimerService) TIMER_SERVICE.get(session);
        if (timers != null) {
            timers.reset();
        }
        // A process runtime: none, checked above.
        session.setInitialFactHandle(session.initInitialFact(null));
    }

    /** What {@code ConcurrentNodeMemories.resetAllMemories} does, with the segments and prototypes kept. */
    private void resetAllMemories(StatefulKnowledgeSessionImpl session) {
        NodeMemories memories = session.getNodeMemories();
        int length = memories.length();
        boolean changed = length != segmentOf.length;
        if (changed) {
            segmentOf = new SegmentMemory[length];
        }
        for (int id = 0; id < length; id++) {
            Memory memory = memories.peekNodeMemory(id);
            if (memory != null) {
                memory.reset();
                SegmentMemory segment = memory.getSegmentMemory();
                if (segment != segmentOf[id]) {
                    segmentOf[id] = segment;
                    changed = true;
                }
            } else if (segmentOf[id] != null) {
                segmentOf[id] = null;
                changed = true;
            }
        }
        if (changed) {
            gatherSegments(memories, (InternalRuleBase) session.getKieBase());
        }
        for (int i = 0; i < segments.length; i++) {
            SegmentMemory segment = segments[i];
            segment.reset(prototypes[i]);
            if (segment.isSegmentLinked()) {
                segment.notifyRuleLinkSegment();
            }
        }
    }

    /** The distinct segments as Drools gathers them (a HashSet filled in memory id order), and their prototypes. */
    private void gatherSegments(NodeMemories memories, InternalRuleBase ruleBase) {
        Set<SegmentMemory> set = new HashSet<>();
        for (int id = 0; id < memories.length(); id++) {
            Memory memory = memories.peekNodeMemory(id);
            if (memory != null) {
                set.add(memory.getSegmentMemory());
            }
        }
        List<SegmentMemory> inOrder = new ArrayList<>(set.size());
        for (SegmentMemory segment : set) {
            if (segment != null) {
                inOrder.add(segment);
            }
        }
        segments = inOrder.toArray(new SegmentMemory[0]);
        prototypes = new SegmentPrototype[segments.length];
        for (int i = 0; i < segments.length; i++) {
            prototypes[i] = ruleBase.getSegmentPrototypeRegistry().getSegmentPrototype(segments[i]);
        }
    }

    /** A field of the session that its reset clears and no public method reaches; null if it is not there. */
    private static VarHandle field(String name, String type) {
        try {
            return MethodHandles.privateLookupIn(StatefulKnowledgeSessionImpl.class, MethodHandles.lookup())
                    .findVarHandle(StatefulKnowledgeSessionImpl.class, name, Class.forName(type));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
