package org.monitoringadvisor.report.model;

/** A question whose answer differs between two assessments, with both answers in words. */
public record AnswerChange(String question, String before, String after) {
}
