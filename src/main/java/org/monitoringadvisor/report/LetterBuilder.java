package org.monitoringadvisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.report.model.Item;
import org.monitoringadvisor.report.model.Letter;
import org.monitoringadvisor.report.model.Proposal;
import org.monitoringadvisor.report.model.Report;

/**
 * Works out a draft letter from a report: every gap becomes a proposal in the words its finding gives for the
 * letter, under the topic of the question it rests on (the letter proposes rather than lists failings), strengths
 * are acknowledged, and the rep's copy keeps the arguments, the open questions and the answers.
 */
public final class LetterBuilder {

    /** Stands in for a proposal when a gap has none written: the letter still raises it, in general words. */
    static final String FALLBACK_PROPOSAL = "We would like to agree with you how this should be put right.";

    private LetterBuilder() {
    }

    private static int firstQuestion(Finding finding, Catalogues catalogues) {
        return finding.because().stream().mapToInt(r -> catalogues.questionPosition(r.question()))
                .min().orElse(Integer.MAX_VALUE);
    }

    /**
     * Builds the letter.
     *
     * @param input    the assessment and what came with it
     * @param audience who the copy is for
     * @return the letter, ready for any format
     */
    public static Letter build(ReportInput input, Audience audience) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(audience, "audience");
        Report report = ReportBuilder.build(input);
        Catalogues catalogues = input.catalogues();
        List<Proposal> proposals = new ArrayList<>();
        // A letter reads best topic by topic, in the questionnaire's order; within a topic, by priority.
        List<Finding> gaps = input.assessment().findings(FindingKind.GAP).stream()
                .sorted(Comparator.comparingInt(g -> firstQuestion(g, catalogues))).toList();
        for (Finding gap : gaps) {
            String proposal = catalogues.finding(gap.id()).map(FindingText::proposal)
                    .filter(p -> !p.isEmpty()).orElse(FALLBACK_PROPOSAL);
            String topic = gap.because().stream().findFirst().flatMap(r -> catalogues.question(r.question()))
                    .map(Question::topic).orElse("Proposal");
            proposals.add(new Proposal(proposals.size() + 1, topic, proposal));
        }
        List<String> strengths = report.strengths().stream().map(Item::title).toList();
        boolean forRep = audience == Audience.REP;
        String employer = report.header().employer().isEmpty() ? "[Name of employer]" : report.header().employer();
        return new Letter(forRep, employer, report.header(), proposals, strengths,
                forRep ? report.allGaps().stream().filter(i -> i.hasPoints() || i.hasReplies()).toList() : List.of(),
                forRep ? report.asks() : List.of(),
                forRep ? report.answers() : List.of(),
                Headers.value(input.metadata(), "prepared-by").isEmpty() ? Headers.value(input.metadata(), "rep")
                        : Headers.value(input.metadata(), "prepared-by"),
                Headers.value(input.metadata(), "branch"));
    }
}
