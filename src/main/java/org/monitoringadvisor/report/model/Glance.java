package org.monitoringadvisor.report.model;

import java.util.List;

/**
 * The report at a glance: counts of gaps by priority, questions for management and strengths, and the elements
 * of a balanced agreement.
 *
 * @param counts   one row per count, in the order a chart shows them
 * @param gaps     all gaps
 * @param elements the elements and their status
 * @param gapsByBasis how many gaps rest on each kind of source, for example "2 on law, 3 on union guidance";
 *                    empty without gaps
 */
public record Glance(List<Count> counts, int gaps, Elements elements, String gapsByBasis) {

    public Glance {
        counts = List.copyOf(counts);
    }

    /**
     * One count of the summary.
     *
     * @param key   a stable id ({@code high}, {@code medium}, {@code low}, {@code ask}, {@code strength})
     * @param label what is counted, in words
     * @param value how many
     */
    public record Count(String key, String label, int value) {
    }
}
