package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.drools.base.InitialFact;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;
import org.monitoringadvisor.engine.RuleFiring;

/**
 * Listens to one session and remembers, for every fact a rule inserted, which rule inserted it and what that
 * rule matched. A consequence runs between the before- and after-fired events, so a fact inserted in between
 * belongs to the match being fired. Facts withdrawn by truth maintenance are forgotten.
 *
 * <p>It also counts firings per rule, so a runaway rule can be named, and can hand every firing to a listener
 * (for {@code assess --trace} and scenario coverage).
 */
public final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Map<Object, Firing> firings = new HashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Consumer<RuleFiring> listener;
    private final List<Object> insertedByFiring = new ArrayList<>();
    private Match firing;

    /** A recorder that tells nobody about firings. */
    public ExplanationRecorder() {
        this(null);
    }

    /** A recorder that also hands every firing to {@code listener} (null for none) once its consequence ran. */
    public ExplanationRecorder(Consumer<RuleFiring> listener) {
        this.listener = listener;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
        insertedByFiring.clear();
        counts.merge(firing.getRule().getName(), 1, Integer::sum);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (listener != null) {
            // A rule with no conditions matches Drools' own initial fact, which means nothing to an author.
            List<Object> matched = firing.getObjects().stream().filter(o -> !(o instanceof InitialFact)).toList();
            listener.accept(new RuleFiring(firing.getRule().getName(), matched, insertedByFiring));
        }
        firing = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (firing != null) {
            firings.put(event.getObject(), new Firing(firing.getRule().getName(), firing.getObjects()));
            if (listener != null) {
                insertedByFiring.add(event.getObject());
            }
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (firing != null) {
            firings.remove(event.getOldObject());
            firings.put(event.getObject(), new Firing(firing.getRule().getName(), firing.getObjects()));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        firings.remove(event.getOldObject());
    }

    /** The firing that inserted {@code fact}, or null for a fact the engine inserted (an answer). */
    public Firing firingOf(Object fact) {
        return firings.get(fact);
    }

    /** Forgets the firing counts, before a new round of firing. */
    public void resetCounts() {
        counts.clear();
    }

    /** The rules that fired most since the last reset, busiest first, as {@code "name" (count)}. */
    public String busiestRules(int limit) {
        return busiest(limit).stream().map(name -> "\"" + name + "\" (" + counts.get(name) + " firings)")
                .collect(Collectors.joining(", "));
    }

    /**
     * The names of the rules that fired most since the last reset, busiest first (ties by name): those that fired
     * at least a tenth as often as the busiest, so a rule that merely fired once beside a runaway is not named.
     */
    public List<String> busiest(int limit) {
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() * 10L >= most)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }
}
