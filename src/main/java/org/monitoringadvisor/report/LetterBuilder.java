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
 * are acknowledged, and the rep's copy keeps the arguments, the open questions and the answers. The letter opens
 * with the points the lead-with rules chose, in their order, as every report does; the rest follow topic by topic.
 * The rep's cover note lists those points first, each in two or three lines.
 */
public final class LetterBuilder {

    /** Stands in for a proposal when a gap has none written: the letter still raises it, in general words. */
    static final String FALLBACK_PROPOSAL = "We would like to agree with you how this should be put right.";

    private LetterBuilder() {
    }

    /** Its place among the points to lead with, or after them all when it is not one. */
    private static int rank(List<String> lead, String id) {
        int at = lead.indexOf(id);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** Which proposals come first and why, in words; empty when no proposal is a lead-with point, or all are. */
    static String pressing(int leading, int proposals) {
        if (leading == 0 || leading == proposals) {
            return "";
        }
        return leading == 1 ? "the first is the one we see as most pressing"
                : "the first " + NUMBERS.get(leading) + " are those we see as most pressing";
    }

    private static final List<String> NUMBERS = List.of("none", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

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
        List<String> lead = input.assessment().leadWith();
        // The chosen points first, in the rules' order; then topic by topic, in the questionnaire's order (within
        // a topic, by priority).
        List<Finding> gaps = input.assessment().findings(FindingKind.GAP).stream()
                .sorted(Comparator.comparingInt((Finding g) -> rank(lead, g.id()))
                        .thenComparingInt(g -> firstQuestion(g, catalogues))).toList();
        for (Finding gap : gaps) {
            String proposal = catalogues.finding(gap.id()).map(FindingText::proposal)
                    .filter(p -> !p.isEmpty()).orElse(FALLBACK_PROPOSAL);
            String topic = gap.because().stream().findFirst().flatMap(r -> catalogues.question(r.question()))
                    .map(Question::topic).orElse("Proposal");
            proposals.add(new Proposal(proposals.size() + 1, topic, proposal));
        }
        int leading = (int) gaps.stream().filter(g -> lead.contains(g.id())).count();
        List<String> strengths = report.strengths().stream()
                .sorted(Comparator.comparingInt(i -> rank(lead, i.id()))).map(Item::title).toList();
        boolean forRep = audience == Audience.REP;
        String employer = report.header().employer().isEmpty() ? "[Name of employer]" : report.header().employer();
        return new Letter(forRep, employer, report.header(), proposals, pressing(leading, proposals.size()),
                forRep ? report.leadWith() : List.of(), strengths,
                forRep ? report.allGaps().stream().filter(i -> i.hasPoints() || i.hasReplies()).toList() : List.of(),
                forRep ? report.asks() : List.of(),
                forRep ? report.answers() : List.of(),
                Headers.value(input.metadata(), "prepared-by").isEmpty() ? Headers.value(input.metadata(), "rep")
                        : Headers.value(input.metadata(), "prepared-by"),
                Headers.value(input.metadata(), "branch"));
    }
}
