package org.monitoringadvisor.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.survey.SurveySummary.FindingCount;
import org.monitoringadvisor.survey.SurveySummary.Skipped;
import org.monitoringadvisor.survey.SurveySummary.TopicCount;

/**
 * Counts what a survey finds, workplace by workplace, keeping counters only (and the first few skipped records), so
 * that memory stays the same however many workplaces there are. Not thread-safe: one thread adds, in input order.
 */
final class Tally {

    /** How many skipped records the summary lists; all of them are reported as they happen. */
    static final int SKIPPED_EXAMPLES = 100;

    private final Advisor advisor;
    private final Map<String, String> gapTopics = new HashMap<>();
    private final Map<String, long[]> byFinding = new LinkedHashMap<>();
    private final Map<String, long[]> byTopic = new LinkedHashMap<>();
    private final Map<Priority, long[]> byPriority = new EnumMap<>(Priority.class);
    private final List<Skipped> skippedExamples = new ArrayList<>();
    private long assessed;
    private long skipped;
    private long withGaps;

    Tally(Advisor advisor) {
        this.advisor = advisor;
        for (FindingText finding : advisor.knowledge().findings().all()) {
            byFinding.put(finding.id(), new long[1]);
            if (finding.kind() == FindingKind.GAP) {
                gapTopics.put(finding.id(), topicOf(finding));
                byTopic.putIfAbsent(topicOf(finding), new long[1]);
            }
        }
        for (Priority priority : Priority.values()) {
            byPriority.put(priority, new long[1]);
        }
    }

    /** The topic of a finding: the name of the {@code <topic>.findings.yaml} file that words it. */
    static String topicOf(FindingText finding) {
        String file = finding.file().replace('\\', '/');
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".findings.yaml") ? name.substring(0, name.length() - ".findings.yaml".length()) : name;
    }

    void add(Assessment assessment) {
        assessed++;
        Set<String> topics = new HashSet<>();
        Set<Priority> priorities = new HashSet<>();
        for (Finding finding : assessment.findings()) {
            byFinding.computeIfAbsent(finding.id(), id -> new long[1])[0]++;
            if (finding.kind() == FindingKind.GAP) {
                priorities.add(finding.priority());
                String topic = gapTopics.get(finding.id());
                if (topic != null) {
                    topics.add(topic);
                }
            }
        }
        if (!priorities.isEmpty()) {
            withGaps++;
        }
        priorities.forEach(p -> byPriority.get(p)[0]++);
        topics.forEach(t -> byTopic.computeIfAbsent(t, k -> new long[1])[0]++);
    }

    void skip(String origin, String problem) {
        skipped++;
        if (skippedExamples.size() < SKIPPED_EXAMPLES) {
            skippedExamples.add(new Skipped(origin, problem));
        }
    }

    long skipped() {
        return skipped;
    }

    SurveySummary summary(String input, int ignoredFiles) {
        List<FindingCount> findings = new ArrayList<>();
        byFinding.forEach((id, count) -> advisor.knowledge().findings().find(id).ifPresent(text -> findings.add(
                new FindingCount(id, text.kind(), text.priority(), topicOf(text), text.title(), count[0]))));
        findings.sort(Comparator.comparing(FindingCount::kind)
                .thenComparing(Comparator.comparingLong(FindingCount::workplaces).reversed())
                .thenComparing(FindingCount::priority)
                .thenComparingInt(f -> advisor.knowledge().findings().position(f.id())));
        List<TopicCount> topics = new ArrayList<>();
        byTopic.forEach((topic, count) -> topics.add(new TopicCount(topic, count[0])));
        topics.sort(Comparator.comparingLong(TopicCount::workplacesWithGaps).reversed()
                .thenComparing(TopicCount::topic));
        Map<Priority, Long> priorities = new EnumMap<>(Priority.class);
        byPriority.forEach((priority, count) -> priorities.put(priority, count[0]));
        return new SurveySummary(input, advisor.info(), assessed, skipped, ignoredFiles, skippedExamples, withGaps,
                priorities, findings, topics);
    }
}
