package org.monitoringadvisor.survey;

import java.util.List;
import java.util.Locale;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.survey.SurveySummary.FindingCount;

/** A survey's summary as plain text for the screen: counts, then each finding with how many workplaces have it. */
public final class SurveyTextReport {

    private SurveyTextReport() {
    }

    /** Renders the summary, ending with a newline. */
    public static String render(SurveySummary summary) {
        StringBuilder text = new StringBuilder();
        text.append("Monitoring Advisor: survey of ").append(summary.input()).append('\n');
        text.append("Rule base ").append(summary.ruleBase().version()).append(", guidance current as of ")
                .append(summary.ruleBase().guidanceAsOf()).append("\n\n");
        text.append(number(summary.assessed())).append(" workplaces assessed, ").append(number(summary.skipped()))
                .append(summary.skipped() == 1 ? " record" : " records").append(" skipped");
        if (summary.ignoredFiles() > 0) {
            text.append(", ").append(number(summary.ignoredFiles()))
                    .append(" files ignored (not .json, .yaml or .yml)");
        }
        text.append("\n\n");
        text.append("Workplaces with at least one gap: ").append(share(summary, summary.withGaps())).append('\n');
        for (Priority priority : Priority.values()) {
            text.append("  with a ").append(priority.id()).append("-priority gap: ")
                    .append(share(summary, summary.withGapsByPriority().getOrDefault(priority, 0L))).append('\n');
        }
        section(text, summary, "Gaps, most common first", summary.findings(FindingKind.GAP));
        text.append("\nGaps by topic (workplaces with at least one gap in it)\n");
        summary.topics().forEach(topic -> text.append(String.format(Locale.ROOT, "  %10s %6s  %s%n",
                number(topic.workplacesWithGaps()), percent(summary, topic.workplacesWithGaps()), TopicNames.of(topic.topic()))));
        section(text, summary, "Questions for management, most common first", summary.findings(FindingKind.ASK));
        section(text, summary, "Strengths, most common first", summary.findings(FindingKind.STRENGTH));
        if (summary.skipped() > 0) {
            text.append("\nSkipped records");
            if (summary.skipped() > summary.skippedExamples().size()) {
                text.append(" (the first ").append(summary.skippedExamples().size()).append(" of ")
                        .append(number(summary.skipped())).append(')');
            }
            text.append('\n');
            summary.skippedExamples().forEach(s -> text.append("  ").append(s.origin()).append(": ")
                    .append(s.problem()).append('\n'));
        }
        return text.toString();
    }

    private static void section(StringBuilder text, SurveySummary summary, String heading, List<FindingCount> rows) {
        text.append('\n').append(heading).append('\n');
        text.append(String.format(Locale.ROOT, "  %10s %6s  %-8s %-20s %s%n", "workplaces", "share", "priority",
                "topic", "finding"));
        for (FindingCount row : rows) {
            text.append(String.format(Locale.ROOT, "  %10s %6s  %-8s %-20s %s%n", number(row.workplaces()),
                    percent(summary, row.workplaces()), row.priority().id(), TopicNames.of(row.topic()), row.title()));
        }
    }

    private static String share(SurveySummary summary, long count) {
        return number(count) + " (" + percent(summary, count) + ")";
    }

    static String percent(SurveySummary summary, long count) {
        return String.format(Locale.ROOT, "%.1f%%", summary.percent(count));
    }

    static String number(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
