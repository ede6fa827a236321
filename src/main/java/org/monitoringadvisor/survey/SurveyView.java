package org.monitoringadvisor.survey;

import java.util.Arrays;
import java.util.List;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.survey.SurveySummary.FindingCount;
import org.monitoringadvisor.survey.SurveySummary.Skipped;

/**
 * What the survey summary templates ({@code survey.txt.mustache}, {@code survey.html.mustache}) show: the summary's
 * counts formatted and put in rows, so the templates hold the words and the layout and Java only the arithmetic.
 */
record SurveyView(SurveySummary summary, SurveyRow anyGap, List<SurveyRow> byPriority, List<SurveyRow> topics,
                  Table gaps, Table asks, Table strengths) {

    /** One table of findings; a section of its own so the templates can give each a heading of its own. */
    record Table(List<SurveyRow> rows) {
    }

    static SurveyView of(SurveySummary summary) {
        return new SurveyView(summary, row(summary, "any gap", summary.withGaps(), "high"),
                Arrays.stream(Priority.values()).map(p -> row(summary, "a " + p.id() + "-priority gap",
                        summary.withGapsByPriority().getOrDefault(p, 0L), p.id())).toList(),
                summary.topics().stream()
                        .map(t -> row(summary, TopicNames.of(t.topic()), t.workplacesWithGaps(), "medium")).toList(),
                table(summary, FindingKind.GAP), table(summary, FindingKind.ASK), table(summary, FindingKind.STRENGTH));
    }

    private static SurveyRow row(SurveySummary summary, String label, long count, String style) {
        return new SurveyRow(label, "", "", count, summary.percent(count), style);
    }

    private static Table table(SurveySummary summary, FindingKind kind) {
        return new Table(summary.findings(kind).stream().map(f -> finding(summary, f)).toList());
    }

    private static SurveyRow finding(SurveySummary summary, FindingCount finding) {
        String style = finding.kind() == FindingKind.GAP ? finding.priority().id() : finding.kind().id();
        return new SurveyRow(finding.title(), finding.priority().id(), TopicNames.of(finding.topic()),
                finding.workplaces(), summary.percent(finding.workplaces()), style);
    }

    String input() {
        return summary.input();
    }

    String version() {
        return summary.ruleBase().version();
    }

    String guidanceAsOf() {
        return summary.ruleBase().guidanceAsOf();
    }

    String assessed() {
        return SurveyRow.number(summary.assessed());
    }

    String skipped() {
        return SurveyRow.number(summary.skipped());
    }

    boolean oneSkipped() {
        return summary.skipped() == 1;
    }

    boolean anySkipped() {
        return summary.skipped() > 0;
    }

    List<Skipped> skippedExamples() {
        return summary.skippedExamples();
    }

    boolean anyExamples() {
        return !summary.skippedExamples().isEmpty();
    }

    /** How many skipped records are listed. */
    int examplesShown() {
        return summary.skippedExamples().size();
    }

    boolean moreSkipped() {
        return summary.skipped() > summary.skippedExamples().size();
    }

    /** Skipped records not listed. */
    long moreSkippedCount() {
        return summary.skipped() - summary.skippedExamples().size();
    }

    boolean anyIgnoredFiles() {
        return summary.ignoredFiles() > 0;
    }

    String ignoredFiles() {
        return SurveyRow.number(summary.ignoredFiles());
    }

    /** The same without thousands separators, as the HTML page has always written it. */
    int ignoredFileCount() {
        return summary.ignoredFiles();
    }
}
