package org.monitoringadvisor.report.model;

/**
 * One of the points to open the next meeting with, as the later of two assessments stands, and how it stood in
 * the earlier one.
 *
 * @param number  its place in the opening, from 1
 * @param id      the finding id
 * @param kind    {@code gap}, {@code ask} or {@code strength}
 * @param title   what was found (for a question for management: the question)
 * @param ask     what to ask for or do, in one sentence
 * @param footing how firm its ground is, in two or three words
 * @param since   how it stood before, in words: "still open", "still open, milder",
 *                "more serious", "new", "kept" or "gained"
 */
public record LeadNow(int number, String id, String kind, String title, String ask, String footing, String since) {
}
