package org.monitoringadvisor.model;

import java.util.List;

/**
 * One conclusion of an assessment, with its explanation and sources.
 *
 * @param id       the finding catalogue id, stable across releases
 * @param kind     gap, ask or strength
 * @param priority how urgently to raise it
 * @param title    one line saying what was found (for an ask: the question to put to management)
 * @param advice   what to ask for or do about it
 * @param points   negotiating points a rep can make
 * @param rule     the name of the rule that concluded it
 * @param because  the answers that made the rule fire, in catalogue order
 * @param sources  the guidance points the rule cites, with citations
 */
public record Finding(String id, FindingKind kind, Priority priority, String title, String advice, List<String> points,
                      String rule, List<Reason> because, List<Source> sources) {

    public Finding {
        points = List.copyOf(points);
        because = List.copyOf(because);
        sources = List.copyOf(sources);
    }

    /** The guidance ids the finding rests on. */
    public List<String> guidance() {
        return sources.stream().map(Source::id).toList();
    }
}
