package org.monitoringadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Rebuttal;
import org.monitoringadvisor.report.model.BriefPoint;
import org.monitoringadvisor.report.model.Item;
import org.monitoringadvisor.report.model.MeetingBrief;
import org.monitoringadvisor.report.model.Report;

/**
 * Works out the meeting brief from a report: the lead-with points in full, with the first rebuttal each finding
 * gives (or, when it gives none, its first negotiating point), and the rest of the findings by title only, so the
 * brief stays short however many gaps there are.
 */
public final class MeetingBriefBuilder {

    private MeetingBriefBuilder() {
    }

    /** Builds the brief for {@code input}. */
    public static MeetingBrief build(ReportInput input) {
        Objects.requireNonNull(input, "input");
        Report report = ReportBuilder.build(input);
        Assessment assessment = input.assessment();
        List<BriefPoint> points = new ArrayList<>();
        for (Finding finding : assessment.leadWithFindings()) {
            points.add(point(points.size() + 1, finding));
        }
        List<String> otherGaps = report.allGaps().stream().map(Item::id)
                .filter(id -> !assessment.leadWith().contains(id))
                .map(id -> assessment.finding(id).orElseThrow().title()).toList();
        List<String> questions = assessment.findings(FindingKind.ASK).stream().map(Finding::title).toList();
        List<String> strengths = assessment.findings(FindingKind.STRENGTH).stream().map(Finding::title).toList();
        return new MeetingBrief(report.header(), report.unanswered(), points, questions, strengths, otherGaps);
    }

    private static BriefPoint point(int number, Finding finding) {
        String footing = FootingWords.brief(finding.footing());
        if (!finding.rebuttals().isEmpty()) {
            Rebuttal first = finding.rebuttals().get(0);
            return new BriefPoint(number, finding.title(), finding.advice(), footing, first.objection(),
                    first.answer());
        }
        String argument = finding.points().isEmpty() ? "" : finding.points().get(0);
        return new BriefPoint(number, finding.title(), finding.advice(), footing, "", argument);
    }
}
