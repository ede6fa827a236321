package org.monitoringadvisor.engine.internal;

import java.util.List;

/** One rule firing that put a fact into working memory: the rule's name and the facts it matched. */
public record Firing(String rule, List<Object> matched) {

    public Firing {
        matched = List.copyOf(matched);
    }
}
