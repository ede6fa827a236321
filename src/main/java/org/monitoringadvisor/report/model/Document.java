package org.monitoringadvisor.report.model;

/**
 * A document a report's sources come from, cited in full once.
 *
 * @param citation    publisher, title, date, and where it was read when not in the document itself
 * @param url         where to read it
 * @param currentAsOf when the citation was last checked against the document
 */
public record Document(String citation, String url, String currentAsOf) {
}
