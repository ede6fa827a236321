package org.monitoringadvisor.report.model;

/**
 * One point of the meeting brief: a lead-with finding with what to ask for and the answer to management's
 * likeliest objection.
 *
 * @param number    its place in the opening, from 1
 * @param title     what was found (for a question for management: the question)
 * @param askFor    what to ask for or do
 * @param footing   how firm its ground is, in two or three words
 * @param objection what management is likeliest to say against it, empty when the finding gives none
 * @param answer    the rep's answer to that objection, or else the strongest argument to make; empty when neither
 */
public record BriefPoint(int number, String title, String askFor, String footing, String objection,
                         String answer) {

    /** Whether there is an objection to answer. */
    public boolean hasObjection() {
        return !objection.isEmpty();
    }

    /** Whether there is an argument, but no objection, to show. */
    public boolean hasArgumentOnly() {
        return objection.isEmpty() && !answer.isEmpty();
    }
}
