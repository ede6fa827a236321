package org.monitoringadvisor.model;

/** What kind of authority a source is; a report weighs law above a negotiating aim. */
public enum SourceKind {
    LAW("law", "law"),
    REGULATOR("regulator", "regulator guidance"),
    UNION("union", "union guidance"),
    OTHER("other", "other");

    private final String id;
    private final String label;

    SourceKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in files and JSON. */
    public String id() {
        return id;
    }

    /** Words for a report. */
    public String label() {
        return label;
    }

    /** The kind for an id written in a file. */
    public static SourceKind fromId(String id) {
        for (SourceKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown source kind \"" + id + "\"; allowed: law, regulator, union, other");
    }
}
