package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.drools.base.InitialFact;
import org.drools.core.common.QueryElementFactHandle;
import org.drools.core.reteoo.Tuple;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.model.Ask;
import org.monitoringadvisor.model.Conclusion;
import org.monitoringadvisor.model.LeadWith;

/**
 * Listens to one session and remembers, for every fact a rule inserted, which rule inserted it and what that
 * rule matched. A consequence runs between the before- and after-fired events, so a fact inserted in between
 * belongs to the match being fired. Facts withdrawn by truth maintenance are forgotten.
 *
 * <p>It also counts firings per rule, so a runaway rule can be named; can hand every firing to a listener (for
 * {@code assess --trace} and scenario coverage); and keeps the {@link Ask}, {@link Conclusion} and {@link LeadWith}
 * facts currently in working memory, so the session need not search working memory for them after firing.
 */
public final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** Sized for the few dozen facts the built-in rules insert, so that it does not grow in every assessment. */
    private final Map<Object, Firing> firings = new HashMap<>(64);
    /**
     * The rules fired since the last reset, in firing order: counted per rule only when a runaway is to be named,
     * so a firing costs an append, not a map lookup.
     */
    private final List<Rule> fired = new ArrayList<>();
    /** How many Ask facts in working memory name each question of the catalogue, by its position. */
    private final int[] asks;
    /** The same for questions outside the catalogue, by id. */
    private final Map<String, int[]> unlistedAsks = new HashMap<>();
    private final QuestionOrder order;
    /** Whether to remember the firing behind each Ask (to say why its question is relevant, or for rules on Asks). */
    private final boolean keepsAskFirings;
    private final Map<Conclusion, int[]> conclusions = new HashMap<>();
    private final Map<LeadWith, int[]> leads = new HashMap<>();
    private final Consumer<RuleFiring> listener;
    private final List<Object> insertedByFiring = new ArrayList<>();
    private Match firing;
    /** Facts rules inserted since {@link #startBudget}, and when the time allowed runs out (System.nanoTime). */
    private long insertedByRules;
    private long deadline = Long.MAX_VALUE;
    /**
     * Reading the clock: events (firings and inserts) left until the next reading, the stretch of events between
     * two readings, when it was last read, and how long a stretch may take and still grow (see {@link #checkBudget}).
     */
    private int untilClock;
    private int clockStretch;
    private long lastClock;
    private long quickStretch;
    /** What the match being fired matched, read once for all the facts its consequence inserts. */
    private Firing current;

    /**
     * A recorder for a session whose questions are in {@code order}, which also hands every firing to {@code
     * listener} (null for none) once its consequence ran. Without {@code keepsAskFirings} it does not remember the
     * firings behind {@link Ask} facts, for a session that is not asked why a question is relevant and whose rules
     * match no Ask (so no finding's explanation passes through one).
     */
    public ExplanationRecorder(QuestionOrder order, Consumer<RuleFiring> listener, boolean keepsAskFirings) {
        this.order = order;
        this.keepsAskFirings = keepsAskFirings;
        this.asks = new int[order.size()];
        this.listener = listener;
    }

    /** Starts counting inserts and time afresh: a limit on both holds per assessment. */
    public void startBudget(long nanos) {
        insertedByRules = 0;
        long now = System.nanoTime();
        deadline = nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
        lastClock = now;
        quickStretch = nanos / QUICK_SHARE;
        clockStretch = 1;
        untilClock = 1;
    }

    /** The rule whose consequence is running, or null between firings. */
    public String firingRule() {
        return firing == null ? null : firing.getRule().getName();
    }

    /** The most events (firings and inserts) between two readings of the clock. */
    static final int LONGEST_STRETCH = 16;

    /** A stretch of events between readings that takes under this share of the budget may double. */
    private static final long QUICK_SHARE = 1024;

    /**
     * Stops a rule that inserts without end, or rules that run past the time allowed, before memory or time go.
     * Every insert counts; the clock is read every few events: as long as the stretch of events between two readings
     * takes under a 1,024th of the budget (a warm assessment's whole run takes some 100 µs of a 10 s budget), the
     * next stretch is twice as long, up to {@value #LONGEST_STRETCH} events; a slower stretch sets it back to one
     * event, so rules that turn slow are read at every event again from the reading that sees it.
     */
    private void checkBudget(boolean inserting) {
        if (inserting && ++insertedByRules > RuleSession.INSERT_LIMIT) {
            throw new BudgetExceeded(false);
        }
        if (--untilClock > 0) {
            return;
        }
        long now = System.nanoTime();
        if (now > deadline) {
            throw new BudgetExceeded(true);
        }
        clockStretch = now - lastClock < quickStretch ? Math.min(2 * clockStretch, LONGEST_STRETCH) : 1;
        untilClock = clockStretch;
        lastClock = now;
    }

    /** Thrown from inside the engine to stop it; {@link RuleSession} turns it into a message naming the rule. */
    static final class BudgetExceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final boolean outOfTime;

        BudgetExceeded(boolean outOfTime) {
            super(outOfTime ? "out of time" : "too many facts", null, false, false);
            this.outOfTime = outOfTime;
        }
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
        checkBudget(false);
        current = null;
        insertedByFiring.clear();
        fired.add(firing.getRule());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (listener != null) {
            // A rule with no conditions matches Drools' own initial fact, which means nothing to an author.
            List<Object> matched = firing.getObjects().stream().filter(o -> !(o instanceof InitialFact)).toList();
            listener.accept(new RuleFiring(firing.getRule().getName(), matched, insertedByFiring));
        }
        firing = null;
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object fact = event.getObject();
        if (firing != null) {
            checkBudget(true);
            if (keepsAskFirings || !(fact instanceof Ask)) {
                firings.put(fact, currentFiring());
            }
            if (listener != null) {
                insertedByFiring.add(fact);
            }
        }
        index(fact, 1);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        index(event.getOldObject(), -1);
        index(event.getObject(), 1);
        if (firing != null) {
            firings.remove(event.getOldObject());
            firings.put(event.getObject(), currentFiring());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        firings.remove(event.getOldObject());
        index(event.getOldObject(), -1);
    }

    private Firing currentFiring() {
        if (current == null) {
            current = new Firing(firing.getRule().getName(), matchedBy(firing));
        }
        return current;
    }

    /**
     * What {@code match} matched, as {@link Match#getObjects} gives it, read straight from the match's tuple into one
     * array where it can be (that copies the tuple's handles, then their objects, then wraps them twice).
     */
    private static List<Object> matchedBy(Match match) {
        if (match instanceof Tuple<?> tuple) {
            Object[] objects = tuple.toObjects();
            for (Object object : objects) {
                if (object instanceof QueryElementFactHandle) { // getObjects leaves these out
                    return match.getObjects();
                }
            }
            return List.of(objects);
        }
        return match.getObjects();
    }

    /** Counts Ask, Conclusion and LeadWith facts in and out of working memory (by value: equal facts are one question). */
    private void index(Object fact, int change) {
        if (fact instanceof Ask ask) {
            int position = order.position(ask.question());
            if (position < asks.length) {
                asks[position] += change;
            } else {
                count(unlistedAsks, ask.question(), change);
            }
        } else if (fact instanceof Conclusion conclusion) {
            count(conclusions, conclusion, change);
        } else if (fact instanceof LeadWith lead) {
            count(leads, lead, change);
        }
    }

    private static <K> void count(Map<K, int[]> counts, K key, int change) {
        int[] count = counts.computeIfAbsent(key, k -> new int[1]);
        count[0] += change;
        if (count[0] <= 0) {
            counts.remove(key);
        }
    }

    /** The firing that inserted {@code fact}, or null for a fact the engine inserted (an answer). */
    public Firing firingOf(Object fact) {
        if (!keepsAskFirings && fact instanceof Ask) {
            throw new IllegalStateException("this session does not keep why questions are relevant");
        }
        return firings.get(fact);
    }

    /**
     * How many {@link Ask} facts in working memory name each question of the catalogue, by its position (the
     * question is relevant while its count is above 0); live, not to be changed.
     */
    int[] askCounts() {
        return asks;
    }

    /** The questions some {@link Ask} in working memory makes relevant, in catalogue order (then by id). */
    public List<String> askedInOrder() {
        List<String> asked = new ArrayList<>();
        for (int position = 0; position < asks.length; position++) {
            if (asks[position] > 0) {
                asked.add(order.id(position));
            }
        }
        if (!unlistedAsks.isEmpty()) {
            asked.addAll(new TreeSet<>(unlistedAsks.keySet()));
        }
        return asked;
    }

    /** The {@link Conclusion} facts in working memory; a live, unmodifiable view. */
    public Set<Conclusion> conclusions() {
        return Collections.unmodifiableSet(conclusions.keySet());
    }

    /** The {@link LeadWith} facts in working memory; a live, unmodifiable view. */
    public Set<LeadWith> leads() {
        return Collections.unmodifiableSet(leads.keySet());
    }

    /** Forgets the firing counts, before a new round of firing. */
    public void resetCounts() {
        fired.clear();
    }

    /** The rules that fired most since the last reset, busiest first, as {@code "name" (count)}. */
    public String busiestRules(int limit) {
        Map<String, Integer> byName = new HashMap<>();
        counts().forEach((rule, count) -> byName.put(rule.getName(), count[0]));
        return busiest(limit).stream().map(name -> "\"" + name + "\" (" + byName.get(name) + " firings)")
                .collect(Collectors.joining(", "));
    }

    /**
     * The names of the rules that fired most since the last reset, busiest first (ties by name): those that fired
     * at least a tenth as often as the busiest, so a rule that merely fired once beside a runaway is not named.
     */
    public List<String> busiest(int limit) {
        Map<Rule, int[]> counts = counts();
        int most = counts.values().stream().mapToInt(count -> count[0]).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue()[0] * 10L >= most)
                .sorted(Comparator.comparingInt((Map.Entry<Rule, int[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(e -> e.getKey().getName()))
                .limit(limit).map(e -> e.getKey().getName()).toList();
    }

    /** Firings per rule since the last reset, keyed by the rule object itself. */
    private Map<Rule, int[]> counts() {
        Map<Rule, int[]> counts = new IdentityHashMap<>();
        fired.forEach(rule -> counts.computeIfAbsent(rule, r -> new int[1])[0]++);
        return counts;
    }
}
