package org.monitoringadvisor.survey;

import java.util.List;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.report.Markup;
import org.monitoringadvisor.survey.SurveySummary.FindingCount;

/**
 * A survey's summary as one self-contained HTML page (no scripts, no outside files, so it can be mailed or printed):
 * bar charts drawn as inline SVG of how many workplaces have each gap, by priority and by topic, then the asks and
 * strengths.
 */
public final class SurveyHtmlReport {

    private static final int BAR_WIDTH = 240;

    private SurveyHtmlReport() {
    }

    /** Renders the page. */
    public static String render(SurveySummary summary) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Survey of ").append(escape(summary.input())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;")
                .append("color:#1b1b1b}\n")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:2rem}\n")
                .append("th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}\n")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n")
                .append(".high{fill:#a50026}.medium{fill:#f46d43}.low{fill:#4575b4}.ask{fill:#7b3294}")
                .append(".strength{fill:#1a9850}\n")
                // On paper: the header row again on every page, no row split, no heading left at a page's foot.
                .append("@page{size:A4;margin:14mm}\n")
                .append("@media print{body{margin:0;max-width:none;font-size:10pt}thead{display:table-header-group}")
                .append("tr{break-inside:avoid;page-break-inside:avoid}h1,h2{break-after:avoid;page-break-after:avoid}")
                .append("td svg{width:110px}td:first-child{width:45%}")
                .append("svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>Survey of ").append(escape(summary.input())).append("</h1>\n");
        html.append("<p>Rule base ").append(escape(summary.ruleBase().version()))
                .append(", guidance current as of ").append(escape(summary.ruleBase().guidanceAsOf())).append(". ")
                .append(SurveyTextReport.number(summary.assessed())).append(" workplaces assessed, ")
                .append(SurveyTextReport.number(summary.skipped())).append(" records skipped")
                .append(summary.ignoredFiles() > 0 ? ", " + summary.ignoredFiles() + " files ignored" : "")
                .append(".</p>\n");

        html.append("<h2>Workplaces with gaps, by priority</h2>\n<table>\n<thead><tr><th>priority</th>")
                .append("<th>workplaces</th><th>share</th><th></th></tr></thead>\n<tbody>\n");
        row(html, summary, "any gap", summary.withGaps(), "high");
        for (Priority priority : Priority.values()) {
            row(html, summary, "a " + priority.id() + "-priority gap",
                    summary.withGapsByPriority().getOrDefault(priority, 0L), priority.id());
        }
        html.append("</tbody>\n</table>\n");

        html.append("<h2>Gaps by topic</h2>\n<table>\n<thead><tr><th>topic</th><th>workplaces</th><th>share</th>")
                .append("<th></th></tr></thead>\n<tbody>\n");
        summary.topics().forEach(t -> row(html, summary, TopicNames.of(t.topic()), t.workplacesWithGaps(), "medium"));
        html.append("</tbody>\n</table>\n");

        findings(html, summary, "Gaps, most common first", summary.findings(FindingKind.GAP));
        findings(html, summary, "Questions for management", summary.findings(FindingKind.ASK));
        findings(html, summary, "Strengths", summary.findings(FindingKind.STRENGTH));

        if (!summary.skippedExamples().isEmpty()) {
            html.append("<h2>Skipped records</h2>\n<ul>\n");
            summary.skippedExamples().forEach(s -> html.append("<li><code>").append(escape(s.origin()))
                    .append("</code>: ").append(escape(s.problem())).append("</li>\n"));
            html.append("</ul>\n");
            if (summary.skipped() > summary.skippedExamples().size()) {
                html.append("<p>and ").append(summary.skipped() - summary.skippedExamples().size())
                        .append(" more; every one is listed in findings.jsonl.</p>\n");
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void findings(StringBuilder html, SurveySummary summary, String heading, List<FindingCount> rows) {
        html.append("<h2>").append(escape(heading)).append("</h2>\n<table>\n<thead><tr><th>finding</th>")
                .append("<th>priority</th><th>topic</th><th>workplaces</th><th>share</th><th></th></tr></thead>\n")
                .append("<tbody>\n");
        for (FindingCount row : rows) {
            String style = row.kind() == FindingKind.GAP ? row.priority().id() : row.kind().id();
            html.append("<tr><td>").append(escape(row.title())).append("</td><td>").append(row.priority().id())
                    .append("</td><td>").append(escape(TopicNames.of(row.topic()))).append("</td>");
            cells(html, summary, row.workplaces(), style, row.title());
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder html, SurveySummary summary, String label, long count, String style) {
        html.append("<tr><td>").append(escape(label)).append("</td>");
        cells(html, summary, count, style, label);
        html.append("</tr>\n");
    }

    /** The count, its share, and a bar as long as the share, with the figures as its tooltip. */
    private static void cells(StringBuilder html, SurveySummary summary, long count, String style, String label) {
        String percent = SurveyTextReport.percent(summary, count);
        long width = Math.round(BAR_WIDTH * summary.percent(count) / 100);
        html.append("<td class=\"n\">").append(SurveyTextReport.number(count)).append("</td><td class=\"n\">")
                .append(percent).append("</td><td><svg width=\"").append(BAR_WIDTH)
                .append("\" height=\"14\" role=\"img\" aria-label=\"").append(escape(label)).append(": ")
                .append(percent).append("\"><rect x=\"0\" y=\"1\" width=\"").append(BAR_WIDTH)
                .append("\" height=\"12\" fill=\"#eee\"/><rect class=\"").append(style)
                .append("\" x=\"0\" y=\"1\" width=\"").append(width).append("\" height=\"12\"><title>")
                .append(escape(label)).append(": ").append(SurveyTextReport.number(count)).append(" (")
                .append(percent).append(")</title></rect></svg></td>");
    }

    static String escape(String text) {
        return Markup.html(text);
    }
}
