package org.monitoringadvisor.report.model;

/**
 * One of the points to open the negotiation with, in two or three lines.
 *
 * @param number  its place in the opening, from 1
 * @param id      the finding id, which the full list also carries (an anchor in HTML)
 * @param kind    {@code gap}, {@code ask} or {@code strength}
 * @param title   what was found (for a question for management: the question)
 * @param ask     what to ask for or do, in one sentence
 * @param footing how firm its ground is, in two or three words, such as "legal duty" or "union aim"
 */
public record Lead(int number, String id, String kind, String title, String ask, String footing) {

    /** Whether it is a gap, so it is put as something to ask for. */
    public boolean isGap() {
        return "gap".equals(kind);
    }

    /** Whether it is a question for management. */
    public boolean isAsk() {
        return "ask".equals(kind);
    }
}
