package org.monitoringadvisor.report.model;

/** One answer in words: the question as the rep saw it and the answer they chose. */
public record Fact(String question, String answer) {
}
