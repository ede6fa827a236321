package org.monitoringadvisor.report.model;

/**
 * One of the points to open the negotiation with, in two or three lines.
 *
 * @param number  its place in the opening, from 1
 * @param id      the finding id, which the full list also carries (an anchor in HTML)
 * @param kind    {@code gap}, {@code ask} or {@code strength}
 * @param title   what was found (for a question for management: the question)
 * @param ask     what to ask for or do, in one sentence
 * @param rests   what it rests on, in a few words, such as "law" or "union guidance"
 */
public record Lead(int number, String id, String kind, String title, String ask, String rests) {

    /** Whether it is a gap, so it is put as something to ask for. */
    public boolean isGap() {
        return "gap".equals(kind);
    }

    /** Whether it is a question for management. */
    public boolean isAsk() {
        return "ask".equals(kind);
    }
}
