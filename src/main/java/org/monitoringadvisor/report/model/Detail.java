package org.monitoringadvisor.report.model;

/** One labelled line of a header, such as "Employer: Example Borough Council". */
public record Detail(String label, String value) {
}
