package org.monitoringadvisor.model;

import java.util.List;

/**
 * Why a question is being asked: the rule that made it relevant, the answers that rule rested on (empty for a
 * question that is always asked) and the guidance the rule cites.
 */
public record Relevance(String question, String rule, List<Reason> because, List<Source> sources) {

    public Relevance {
        because = List.copyOf(because);
        sources = List.copyOf(sources);
    }
}
