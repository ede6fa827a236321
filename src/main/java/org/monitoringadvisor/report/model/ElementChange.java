package org.monitoringadvisor.report.model;

/** An element of a balanced agreement whose status differs between two assessments. */
public record ElementChange(String name, String before, String after) {
}
