package org.monitoringadvisor.model;

/** One answer a finding rests on, with the words the rep saw. */
public record Reason(String question, String value, String questionText, String valueLabel) {
}
