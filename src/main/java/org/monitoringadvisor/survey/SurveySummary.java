package org.monitoringadvisor.survey;

import java.util.List;
import java.util.Map;
import org.monitoringadvisor.knowledge.RuleBaseInfo;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;

/**
 * What a survey found across all its workplaces: counts only, so its size depends on the rule base, not on how many
 * workplaces there were. Every list is in a fixed order, so the same input gives the same summary.
 *
 * @param input             the input as the user named it
 * @param ruleBase          the rule base the workplaces were assessed against
 * @param assessed          workplaces assessed
 * @param skipped           records skipped because they were bad
 * @param ignoredFiles      files in a folder input that were not answers files
 * @param skippedExamples   the first {@value Tally#SKIPPED_EXAMPLES} skipped records, in input order
 * @param withGaps          workplaces with at least one gap
 * @param withGapsByPriority workplaces with at least one gap of each priority, highest first
 * @param findings          every finding of the rule base with the number of workplaces that have it; most common
 *                          first within each kind (gaps, then asks, then strengths)
 * @param topics            per topic, the number of workplaces with at least one gap in it, most first
 */
public record SurveySummary(String input, RuleBaseInfo ruleBase, long assessed, long skipped, int ignoredFiles,
                            List<Skipped> skippedExamples, long withGaps, Map<Priority, Long> withGapsByPriority,
                            List<FindingCount> findings, List<TopicCount> topics) {

    public SurveySummary {
        skippedExamples = List.copyOf(skippedExamples);
        withGapsByPriority = Map.copyOf(withGapsByPriority);
        findings = List.copyOf(findings);
        topics = List.copyOf(topics);
    }

    /** A record that was skipped, and why. */
    public record Skipped(String origin, String problem) {
    }

    /** How many workplaces have one finding. */
    public record FindingCount(String id, FindingKind kind, Priority priority, String topic, String title,
                               long workplaces) {
    }

    /** How many workplaces have at least one gap in a topic. */
    public record TopicCount(String topic, long workplacesWithGaps) {
    }

    /** Records read: assessed plus skipped. */
    public long records() {
        return assessed + skipped;
    }

    /** The findings of one kind, most common first. */
    public List<FindingCount> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** {@code count} as a percentage of the workplaces assessed (0 when none were). */
    public double percent(long count) {
        return assessed == 0 ? 0 : 100.0 * count / assessed;
    }
}
