package org.monitoringadvisor.model;

/**
 * How firm the ground under a finding is, as its findings file says: settled law, an argument no court or regulator
 * has settled, what the regulator expects, or a union negotiating aim. A rep who calls an aim a breach loses the
 * room, so reports word each footing plainly and only a legal duty is ever called a likely breach.
 */
public enum Footing {
    LEGAL_DUTY("legal-duty"),
    REGULATOR_EXPECTS("regulator-expects"),
    ARGUABLE("arguable"),
    UNION_AIM("union-aim");

    private final String id;

    Footing(String id) {
        this.id = id;
    }

    /** The id used in files and JSON, for example {@code legal-duty}. */
    public String id() {
        return id;
    }

    /** The footing for an id written in a file. */
    public static Footing fromId(String id) {
        for (Footing footing : values()) {
            if (footing.id.equals(id)) {
                return footing;
            }
        }
        throw new IllegalArgumentException("unknown footing \"" + id
                + "\"; allowed: legal-duty, arguable, regulator-expects, union-aim");
    }
}
