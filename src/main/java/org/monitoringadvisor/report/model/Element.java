package org.monitoringadvisor.report.model;

/**
 * One of the elements of a balanced agreement and whether this employer has it.
 *
 * @param number   its place in the catalogue, from 1
 * @param name     its short name
 * @param guidance the guidance id it stands for
 * @param status   whether it is in place
 */
public record Element(int number, String name, String guidance, ElementStatus status) {

    /** The status id, for example {@code in-place}. */
    public String statusId() {
        return status.id();
    }

    /** The status in words. */
    public String statusLabel() {
        return status.label();
    }

    /** The one-character mark a plain-text bar uses for the status. */
    public String mark() {
        return status.mark();
    }
}
