package org.monitoringadvisor.report.model;

import java.util.List;
import org.monitoringadvisor.knowledge.ChangesSinceGuide;
import org.monitoringadvisor.knowledge.OutOfScope;

/**
 * Everything an assessment report says, in the order it says it.
 *
 * @param header     who and what the report is about, and on which rule base it rests
 * @param glance     the counts and the elements of a balanced agreement
 * @param gaps       the gaps, grouped by priority, highest first; groups without gaps are left out
 * @param strengths  what already follows the guidance
 * @param asks       questions to put to management
 * @param references every guidance point cited, numbered in order of first citation
 * @param documents  the documents those points come from, each once, in order of first citation
 * @param changesSinceGuide where the guide behind the seed guidance rests on law or guidance since replaced
 * @param currency   how current the cited guidance is, judged against the answers' date
 * @param answers    every question answered, and every relevant question left unanswered, by topic in catalogue
 *                   order
 * @param outOfScope what the rule base does not cover, and where to look instead
 * @param leadWith   the points to open the negotiation with, first point first
 * @param unanswered the relevant questions left unanswered, which a report mentions first
 */
public record Report(Header header, Glance glance, List<PriorityGroup> gaps, List<Item> strengths, List<Item> asks,
                     List<Reference> references, List<Document> documents, ChangesSinceGuide changesSinceGuide,
                     Currency currency, List<AnswerTopic> answers, OutOfScope outOfScope, List<Lead> leadWith,
                     Unanswered unanswered) {

    public Report {
        gaps = List.copyOf(gaps);
        strengths = List.copyOf(strengths);
        asks = List.copyOf(asks);
        references = List.copyOf(references);
        documents = List.copyOf(documents);
        answers = List.copyOf(answers);
        leadWith = List.copyOf(leadWith);
    }

    /** Whether there are points to lead with. */
    public boolean hasLeadWith() {
        return !leadWith.isEmpty();
    }

    /** Whether any gap was found. */
    public boolean hasGaps() {
        return !gaps.isEmpty();
    }

    /** Whether any strength was found. */
    public boolean hasStrengths() {
        return !strengths.isEmpty();
    }

    /** Whether there are questions for management. */
    public boolean hasAsks() {
        return !asks.isEmpty();
    }

    /** Whether there is anything at all to report. */
    public boolean hasFindings() {
        return hasGaps() || hasStrengths() || hasAsks();
    }

    /** Whether to say what has changed since the guide: there are changes, and findings that may rest on it. */
    public boolean hasChangesSinceGuide() {
        return hasFindings() && !changesSinceGuide.changes().isEmpty();
    }

    /** Whether any source is cited. */
    public boolean hasReferences() {
        return !references.isEmpty();
    }

    /** Whether any question was answered or is still open. */
    public boolean hasAnswers() {
        return !answers.isEmpty();
    }

    /** Every gap, highest priority first. */
    public List<Item> allGaps() {
        return gaps.stream().flatMap(g -> g.items().stream()).toList();
    }
}
