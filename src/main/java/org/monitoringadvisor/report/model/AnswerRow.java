package org.monitoringadvisor.report.model;

/**
 * One row of the appendix: a question, the answer given (or none) and whether it counted.
 *
 * @param topic    the question's topic
 * @param question the question as the rep saw it
 * @param answer   the answer's label, or "Not answered"
 * @param value    the answer's value, empty when not answered
 * @param relevant whether the question was relevant given the other answers; an answer to a question that was
 *                 not relevant is kept but has no effect
 * @param note     a short remark for the reader, empty when there is nothing to say
 */
public record AnswerRow(String topic, String question, String answer, String value, boolean relevant, String note) {
}
