package org.monitoringadvisor.report.model;

import java.util.List;

/**
 * A draft letter to management proposing to negotiate an agreement on email, internet and social media use,
 * with the gaps put as proposals. For the rep it also carries a cover note and the background behind the
 * letter; for management only the letter itself.
 *
 * @param forRep    whether this copy is the rep's (with the rep-only parts)
 * @param employer  the employer's name, or a placeholder to fill in
 * @param header    the report header (date of the answers, rule base), for the rep's cover note
 * @param proposals the gaps as proposals: the lead-with points first, in the rules' order, then topic by topic
 * @param pressing  which proposals come first and why, in words ("the first three are those we see as most
 *                  pressing"); empty when the order needs no word
 * @param leads     for the rep only: the points to lead with in the meeting, as the report opens with them
 * @param strengths what already works, as statements, any lead-with points first
 * @param arguments for the rep only: the gaps with their negotiating points
 * @param asks      for the rep only: the questions the rep could not answer
 * @param answers   for the rep only: every answer given
 * @param sender    who signs it (the answers file's prepared-by), empty for a placeholder
 * @param branch    the union branch (the answers file's branch), empty for a placeholder
 */
public record Letter(boolean forRep, String employer, Header header, List<Proposal> proposals, String pressing,
                     List<Lead> leads, List<String> strengths, List<Item> arguments, List<Item> asks, List<AnswerTopic> answers,
                     String sender, String branch) {

    public Letter {
        proposals = List.copyOf(proposals);
        leads = List.copyOf(leads);
        strengths = List.copyOf(strengths);
        arguments = List.copyOf(arguments);
        asks = List.copyOf(asks);
        answers = List.copyOf(answers);
    }

    /** Whether there are gaps to propose. */
    public boolean hasProposals() {
        return !proposals.isEmpty();
    }

    /** Whether the rep's note opens with points to lead with. */
    public boolean hasLeads() {
        return !leads.isEmpty();
    }

    /** Whether there are strengths to acknowledge. */
    public boolean hasStrengths() {
        return !strengths.isEmpty();
    }

    /** Whether the rep has questions still to answer. */
    public boolean hasAsks() {
        return !asks.isEmpty();
    }

    /** Whether there are negotiating points to brief the rep on. */
    public boolean hasArguments() {
        return !arguments.isEmpty();
    }

    /** Whether there are answers to list. */
    public boolean hasAnswers() {
        return !answers.isEmpty();
    }
}
