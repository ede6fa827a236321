package org.monitoringadvisor.engine.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Listens to one session and remembers, for every fact a rule inserted, which rule inserted it and what that
 * rule matched. A consequence runs between the before- and after-fired events, so a fact inserted in between
 * belongs to the match being fired. Facts withdrawn by truth maintenance are forgotten.
 *
 * <p>It also counts firings per rule, so a runaway rule can be named.
 */
public final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Map<Object, Firing> firings = new HashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private Match firing;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
        counts.merge(firing.getRule().getName(), 1, Integer::sum);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (firing != null) {
            firings.put(event.getObject(), new Firing(firing.getRule().getName(), firing.getObjects()));
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
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit).map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " firings)")
                .collect(Collectors.joining(", "));
    }
}
