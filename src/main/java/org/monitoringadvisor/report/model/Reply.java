package org.monitoringadvisor.report.model;

import java.util.List;

/**
 * An objection management may raise against a finding, with the rep's answer, as a report shows it.
 *
 * @param objection what management may say
 * @param answer    the rep's reply
 * @param sources   the guidance the reply rests on, numbered as in the report's sources
 */
public record Reply(String objection, String answer, List<Reference> sources) {

    public Reply {
        sources = List.copyOf(sources);
    }

    /** The numbers of its sources, as "[1], [3]". */
    public String sourceNumbers() {
        return String.join(", ", sources.stream().map(s -> "[" + s.number() + "]").toList());
    }
}
