package org.monitoringadvisor.engine.internal;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * Drools sessions on one KieBase, reset and handed out again rather than built anew for every assessment: a new
 * session builds its node and segment memories as the rules first touch them, which cost about a fifth of a warm
 * assessment. A session is reset as Drools' own {@code KieSessionsPool} resets it (working memory, agenda,
 * truth maintenance, listeners and fact handle counters cleared, the memories kept and emptied), by {@link
 * SessionReset}, which does the same steps more cheaply; one that failed is thrown away instead. Thread-safe; each
 * session taken belongs to one caller until it is given back.
 *
 * <p>The sessions are kept in lanes, one per processor at most: a thread keeps to the lane it was first given, and
 * each lane after the first opens its sessions on a copy of the KieBase of its own, made when a thread first needs
 * it (see {@link KieBaseCopies}); only {@link #reusingInLanes} makes more than one. A program that assesses on one
 * thread only ever uses the first lane.
 */
public final class SessionPool {

    /**
     * Shared by every session: the KieBase need not keep a reference to each session (it is never changed after
     * it is built), and a session belongs to one thread, so it needs no locks inside.
     */
    private static final KieSessionConfiguration CONFIGURATION = RuleBaseCompiler.withOwnClassLoader(() -> {
        KieSessionConfiguration configuration = RuleBaseFactory.newKnowledgeSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
        configuration.setOption(ThreadSafeOption.NO);
        return configuration;
    });

    /** Idle sessions kept at most in each lane: more than the threads that assess at once on any machine we expect. */
    private static final int IDLE_LIMIT = 64;

    /** Lanes at most: each after the first holds a KieBase copy of some megabytes. */
    private static final int MAX_LANES = 8;

    private final KieBase kieBase;
    /** Where the lanes after the first get their KieBase; null for a pool with one lane. */
    private final Supplier<KieBase> copies;
    private final AtomicReferenceArray<Lane> lanes;
    private final LaneNumbers laneOfThread;
    private final boolean reuse;
    /** Whether to reset with Drools' own {@code reset()} rather than {@link SessionReset}: to check that it matches. */
    private final boolean droolsReset;
    /** Whether sessions keep the facts no rule matches out of working memory ({@link UnmatchedFactBeliefSystem}). */
    private final boolean keepsUnmatchedOut;
    private final AtomicInteger built = new AtomicInteger();
    /** The questions the rules ask before any answer is in, once worked out; null until then. */
    private volatile Set<String> askedFirst;
    /** The kinds of fact the rules match on, once read from the network; null until then. */
    private volatile MatchedTypes matchedTypes;

    private SessionPool(KieBase kieBase, boolean reuse, boolean droolsReset, boolean keepsUnmatchedOut) {
        this(kieBase, null, reuse, droolsReset, keepsUnmatchedOut, 1);
    }

    private SessionPool(KieBase kieBase, Supplier<KieBase> copies, boolean reuse, boolean droolsReset,
            boolean keepsUnmatchedOut, int processors) {
        this.kieBase = kieBase;
        this.copies = copies;
        this.lanes = new AtomicReferenceArray<>(copies == null ? 1 : Math.max(1, Math.min(processors, MAX_LANES)));
        this.lanes.set(0, new Lane(kieBase));
        this.laneOfThread = new LaneNumbers(lanes.length());
        this.reuse = reuse;
        this.droolsReset = droolsReset;
        this.keepsUnmatchedOut = keepsUnmatchedOut;
    }

    /** A pool that reuses the sessions given back to it, all on this one KieBase. */
    public static SessionPool reusing(KieBase kieBase) {
        return new SessionPool(kieBase, true, false, true);
    }

    /**
     * A pool that reuses its sessions in a lane per processor, the lanes after the first on copies of the KieBase.
     * Only for a KieBase built from precompiled packages: one compiled from DRL here compiles its consequences
     * later, as rules first fire, and a copy of its packages would have none.
     */
    static SessionPool reusingInLanes(KieBase precompiled) {
        return new SessionPool(precompiled, new KieBaseCopies(precompiled), true, false, true,
                Runtime.getRuntime().availableProcessors());
    }

    /** A pool that builds every session anew and disposes of each given back: the behaviour reuse must match. */
    public static SessionPool fresh(KieBase kieBase) {
        return new SessionPool(kieBase, false, false, true);
    }

    /** A pool that reuses sessions reset by Drools' own {@code reset()}: what {@link SessionReset} must match. */
    public static SessionPool reusingWithDroolsReset(KieBase kieBase) {
        return new SessionPool(kieBase, true, true, true);
    }

    /**
     * A pool whose sessions keep every fact in working memory, as Drools does: what {@link UnmatchedFactBeliefSystem}
     * must match.
     */
    public static SessionPool reusingWithEveryFactInWorkingMemory(KieBase kieBase) {
        return new SessionPool(kieBase, true, false, false);
    }

    /**
     * A pool that reuses its sessions in {@code laneCount} lanes, the first on {@code kieBase} and the others on
     * KieBases from {@code copies}: for tests, which choose the lanes a machine would.
     */
    static SessionPool reusingInLanes(KieBase kieBase, Supplier<KieBase> copies, int laneCount) {
        return new SessionPool(kieBase, copies, true, false, true, laneCount);
    }

    /** A session taken from the pool, with the lane it goes back to and what its resets keep from one to the next. */
    record Pooled(KieSession session, SessionReset reset, Lane lane) {
    }

    /** A KieBase and the idle sessions on it. */
    static final class Lane {
        final KieBase kieBase;
        final Queue<Pooled> idle = new ConcurrentLinkedQueue<>();
        final AtomicInteger idleCount = new AtomicInteger();

        Lane(KieBase kieBase) {
            this.kieBase = kieBase;
        }
    }

    /** An empty session: a reset one if there is one idle in this thread's lane, else a new one. */
    Pooled take() {
        Lane lane = lane();
        Pooled pooled = reuse ? lane.idle.poll() : null;
        if (pooled != null) {
            lane.idleCount.decrementAndGet();
            return pooled;
        }
        built.incrementAndGet();
        KieSession session =
                RuleBaseCompiler.withOwnClassLoader(() -> lane.kieBase.newKieSession(CONFIGURATION, null));
        if (keepsUnmatchedOut) {
            // A RuleSession reads facts from events, never from working memory: those no rule sees can stay out.
            session.getEnvironment().set(ConcurrentTruthMaintenanceFactory.KEEP_UNMATCHED_FACTS_OUT, Boolean.TRUE);
        }
        return new Pooled(session, new SessionReset(), lane);
    }

    /** This thread's lane, its KieBase copied the first time a thread needs it. */
    private Lane lane() {
        int number = laneOfThread.ofThisThread();
        Lane lane = lanes.get(number);
        if (lane == null) {
            synchronized (lanes) {
                lane = lanes.get(number);
                if (lane == null) {
                    lane = new Lane(copy());
                    lanes.set(number, lane);
                }
            }
        }
        return lane;
    }

    /** A copy of the KieBase, or the KieBase itself if it cannot be copied: shared, it is slower but just as right. */
    private KieBase copy() {
        try {
            return copies.get();
        } catch (RuntimeException e) {
            return kieBase;
        }
    }

    /** How many lanes have a KieBase so far, the first one's included. */
    int lanesOpened() {
        int opened = 0;
        for (int i = 0; i < lanes.length(); i++) {
            opened += lanes.get(i) == null ? 0 : 1;
        }
        return opened;
    }

    /**
     * The questions the rules make relevant in a session with no answers, worked out by {@code settleEmpty} the
     * first time (it runs the same rules on the same empty working memory every time, so once is enough; two
     * threads racing both get the same set).
     */
    Set<String> askedFirst(java.util.function.Supplier<Set<String>> settleEmpty) {
        Set<String> asked = askedFirst;
        if (asked == null) {
            asked = Set.copyOf(settleEmpty.get());
            askedFirst = asked;
        }
        return asked;
    }

    /** The kinds of fact the rules of this pool's sessions match on. */
    MatchedTypes matchedTypes() {
        MatchedTypes types = matchedTypes;
        if (types == null) {
            types = new MatchedTypes(kieBase);
            matchedTypes = types;
        }
        return types;
    }

    /** How many sessions this pool has built so far. */
    int built() {
        return built.get();
    }

    /**
     * Takes a session back once its caller is done with it (its listeners removed): reset for the next caller, or
     * disposed of if it failed (a rule threw, or was stopped, midway) or enough sessions are idle already.
     */
    void give(Pooled pooled, boolean failed) {
        Lane lane = pooled.lane();
        if (reuse && !failed && lane.idleCount.incrementAndGet() <= IDLE_LIMIT) {
            StatefulKnowledgeSessionImpl session = (StatefulKnowledgeSessionImpl) pooled.session();
            if (droolsReset) {
                session.reset();
            } else {
                pooled.reset().reset(session);
            }
            lane.idle.offer(pooled);
            return;
        }
        if (reuse && !failed) {
            lane.idleCount.decrementAndGet();
        }
        pooled.session().dispose();
    }
}
