package org.monitoringadvisor.report.model;

/**
 * Whether an element of a balanced agreement is in place: a strength citing it says so, and so does a finding the
 * catalogue names as showing it ({@code in-place-with}); a gap citing it says it is not (a gap outweighs both); a
 * finding the catalogue names as making it not apply ({@code not-applicable-with}) says it does not apply (for
 * example nothing to disclose where there is no routine monitoring); without any of these the report cannot tell.
 */
public enum ElementStatus {
    IN_PLACE("in-place", "in place", "#"),
    MISSING("missing", "not in place", "x"),
    UNKNOWN("unknown", "not known", "?"),
    NOT_APPLICABLE("not-applicable", "not applicable", "-");

    private final String id;
    private final String label;
    private final String mark;

    ElementStatus(String id, String label, String mark) {
        this.id = id;
        this.label = label;
        this.mark = mark;
    }

    /** The id used in JSON and in HTML classes. */
    public String id() {
        return id;
    }

    /** Words for a report. */
    public String label() {
        return label;
    }

    /** The mark in a plain-text bar. */
    public String mark() {
        return mark;
    }
}
