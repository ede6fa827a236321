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
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.LeftInputAdapterNode.LiaNodeMemory;
import org.drools.core.reteoo.PathMemory;
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
 * are reset and linked in the order Drools' own reset would use. The memories themselves are kept too, grouped by
 * class, so that resetting them is a call on one class per group, not a call through the interface on several
 * classes in turn (the JIT cannot inline that one).
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

    /** Each node memory at the last gathering, by memory id (null for none). */
    private Memory[] seen = new Memory[0];
    /**
     * The same memories grouped by their class, the three a rule base's network is made of and the rest, each with
     * its segment at the last gathering: resetting and checking a group is a call on one class, which the JIT
     * inlines, where one loop over every memory calls through the interface on several.
     */
    private PathMemory[] paths = new PathMemory[0];
    private SegmentMemory[] pathSegments = new SegmentMemory[0];
    private BetaMemory<?>[] betas = new BetaMemory<?>[0];
    private SegmentMemory[] betaSegments = new SegmentMemory[0];
    private LiaNodeMemory[] inputs = new LiaNodeMemory[0];
    private SegmentMemory[] inputSegments = new SegmentMemory[0];
    private Memory[] others = new Memory[0];
    private SegmentMemory[] otherSegments = new SegmentMemory[0];
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

    /**
     * What {@code ConcurrentNodeMemories.resetAllMemories} does, with the memories, segments and prototypes kept: each
     * memory reset (each clears only itself, so the order among them does not matter), then each segment in Drools'
     * order. Gathered again when a memory was made since, or a memory's segment is not the one it had.
     */
    private void resetAllMemories(StatefulKnowledgeSessionImpl session) {
        NodeMemories memories = session.getNodeMemories();
        if (memoriesChanged(memories) || segmentsChanged()) {
            gatherMemories(memories);
            gatherSegments((InternalRuleBase) session.getKieBase());
        }
        for (PathMemory memory : paths) {
            memory.reset();
        }
        for (BetaMemory<?> memory : betas) {
            memory.reset();
        }
        for (LiaNodeMemory memory : inputs) {
            memory.reset();
        }
        for (Memory memory : others) {
            memory.reset();
        }
        for (int i = 0; i < segments.length; i++) {
            SegmentMemory segment = segments[i];
            segment.reset(prototypes[i]);
            if (segment.isSegmentLinked()) {
                segment.notifyRuleLinkSegment();
            }
        }
    }

    /** True if some slot holds another memory than at the last gathering (the rules made one since). */
    private boolean memoriesChanged(NodeMemories memories) {
        int length = memories.length();
        if (length != seen.length) {
            return true;
        }
        for (int id = 0; id < length; id++) {
            if (memories.peekNodeMemory(id) != seen[id]) {
                return true;
            }
        }
        return false;
    }

    /** True if some memory's segment is not the one it had at the last gathering (the rules made one since). */
    private boolean segmentsChanged() {
        for (int i = 0; i < paths.length; i++) {
            if (paths[i].getSegmentMemory() != pathSegments[i]) {
                return true;
            }
        }
        for (int i = 0; i < betas.length; i++) {
            if (betas[i].getSegmentMemory() != betaSegments[i]) {
                return true;
            }
        }
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].getSegmentMemory() != inputSegments[i]) {
                return true;
            }
        }
        for (int i = 0; i < others.length; i++) {
            if (others[i].getSegmentMemory() != otherSegments[i]) {
                return true;
            }
        }
        return false;
    }

    /** Every memory the session has, by id and grouped by class, with its segment now. */
    private void gatherMemories(NodeMemories memories) {
        seen = new Memory[memories.length()];
        List<PathMemory> pathList = new ArrayList<>();
        List<BetaMemory<?>> betaList = new ArrayList<>();
        List<LiaNodeMemory> inputList = new ArrayList<>();
        List<Memory> otherList = new ArrayList<>();
        for (int id = 0; id < seen.length; id++) {
            Memory memory = memories.peekNodeMemory(id);
            seen[id] = memory;
            if (memory == null) {
                continue;
            }
            Class<?> type = memory.getClass();
            if (type == PathMemory.class) {
                pathList.add((PathMemory) memory);
            } else if (type == BetaMemory.class) {
                betaList.add((BetaMemory<?>) memory);
            } else if (type == LiaNodeMemory.class) {
                inputList.add((LiaNodeMemory) memory);
            } else {
                otherList.add(memory);
            }
        }
        paths = pathList.toArray(new PathMemory[0]);
        pathSegments = segmentsOf(paths);
        betas = betaList.toArray(new BetaMemory<?>[0]);
        betaSegments = segmentsOf(betas);
        inputs = inputList.toArray(new LiaNodeMemory[0]);
        inputSegments = segmentsOf(inputs);
        others = otherList.toArray(new Memory[0]);
        otherSegments = segmentsOf(others);
    }

    private static SegmentMemory[] segmentsOf(Memory[] memories) {
        SegmentMemory[] segmentsNow = new SegmentMemory[memories.length];
        for (int i = 0; i < memories.length; i++) {
            segmentsNow[i] = memories[i].getSegmentMemory();
        }
        return segmentsNow;
    }

    /**
     * The distinct segments as Drools gathers them (a HashSet filled in memory id order), and their prototypes.
     */
    private void gatherSegments(InternalRuleBase ruleBase) {
        Set<SegmentMemory> set = new HashSet<>();
        for (Memory memory : seen) {
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
