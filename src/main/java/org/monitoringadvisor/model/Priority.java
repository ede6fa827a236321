package org.monitoringadvisor.model;

import java.util.Locale;

/** How urgently a finding should be raised, highest first. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    /** The id used in files and JSON: {@code high}, {@code medium}, {@code low}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The priority for an id written in a file. */
    public static Priority fromId(String id) {
        for (Priority priority : values()) {
            if (priority.id().equals(id)) {
                return priority;
            }
        }
        throw new IllegalArgumentException("unknown priority \"" + id + "\"; allowed: high, medium, low");
    }
}
