package org.monitoringadvisor.model;

/** One allowed value of a question, with the label a rep sees. */
public record Option(String value, String label) {
}
