package org.monitoringadvisor.model;

import java.util.Locale;

/** The three kinds of finding, in the order a report shows them. */
public enum FindingKind {
    /** The employer falls short of the guidance: something to negotiate for. */
    GAP,
    /** Something the rep should find out from the employer, because the answer was unknown and it matters. */
    ASK,
    /** The employer already follows the guidance: worth saying so in a negotiation. */
    STRENGTH;

    /** The id used in files and JSON: {@code gap}, {@code ask}, {@code strength}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for an id written in a file. */
    public static FindingKind fromId(String id) {
        for (FindingKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown finding kind \"" + id + "\"; allowed: gap, ask, strength");
    }
}
