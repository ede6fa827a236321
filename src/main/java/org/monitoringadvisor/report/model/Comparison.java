package org.monitoringadvisor.report.model;

import java.util.List;

/**
 * What changed between two assessments of the same employer.
 *
 * @param employer        the employer's name, empty when neither file gives one
 * @param details         which answers are compared (dates, files) and the rule base
 * @param leadWith        the points to open the next meeting with: the later assessment's lead-with points,
 *                        each saying whether it was open before
 * @param counts          the summary counts before and after
 * @param closedGaps      gaps in the earlier assessment that the later one no longer has
 * @param newGaps         gaps only the later assessment has
 * @param openGaps        gaps both have: still to negotiate
 * @param strengthsGained strengths only the later assessment has
 * @param strengthsLost   strengths only the earlier assessment has
 * @param elements        elements of a balanced agreement whose status changed
 * @param answers         every question whose answer changed, in catalogue order
 * @param warnings        what the reader should check before relying on the comparison, such as files given in
 *                        the wrong order; empty when there is nothing to check
 */
public record Comparison(String employer, List<Detail> details, List<LeadNow> leadWith, List<CountChange> counts,
                         List<ChangedFinding> closedGaps, List<ChangedFinding> newGaps, List<ChangedFinding> openGaps,
                         List<ChangedFinding> strengthsGained, List<ChangedFinding> strengthsLost,
                         List<ElementChange> elements, List<AnswerChange> answers, List<String> warnings) {

    public Comparison {
        details = List.copyOf(details);
        leadWith = List.copyOf(leadWith);
        counts = List.copyOf(counts);
        closedGaps = List.copyOf(closedGaps);
        newGaps = List.copyOf(newGaps);
        openGaps = List.copyOf(openGaps);
        strengthsGained = List.copyOf(strengthsGained);
        strengthsLost = List.copyOf(strengthsLost);
        elements = List.copyOf(elements);
        answers = List.copyOf(answers);
        warnings = List.copyOf(warnings);
    }

    /** Whether there is anything to check before relying on the comparison. */
    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Whether there are points to open the next meeting with. */
    public boolean hasLeadWith() {
        return !leadWith.isEmpty();
    }

    /** Whether any gap closed. */
    public boolean hasClosedGaps() {
        return !closedGaps.isEmpty();
    }

    /** Whether any gap is new. */
    public boolean hasNewGaps() {
        return !newGaps.isEmpty();
    }

    /** Whether any gap is still open. */
    public boolean hasOpenGaps() {
        return !openGaps.isEmpty();
    }

    /** Whether any strength was gained. */
    public boolean hasStrengthsGained() {
        return !strengthsGained.isEmpty();
    }

    /** Whether any strength was lost. */
    public boolean hasStrengthsLost() {
        return !strengthsLost.isEmpty();
    }

    /** Whether any element changed status. */
    public boolean hasElementChanges() {
        return !elements.isEmpty();
    }

    /** Whether any answer changed. */
    public boolean hasAnswerChanges() {
        return !answers.isEmpty();
    }

    /** Whether the two assessments differ at all. */
    public boolean hasChanges() {
        return hasClosedGaps() || hasNewGaps() || hasStrengthsGained() || hasStrengthsLost() || hasAnswerChanges();
    }
}
