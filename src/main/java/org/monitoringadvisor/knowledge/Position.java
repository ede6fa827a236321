package org.monitoringadvisor.knowledge;

/** A place in a knowledge file, as shown in messages: the file, and 1-based line and column (0 when unknown). */
public record Position(String file, int line, int column) {

    /** The start of a file, for problems that concern it as a whole. */
    public static Position startOf(String file) {
        return new Position(file, 1, 1);
    }

    /** A file with no line, for problems that concern it as a whole and no line in it. */
    public static Position fileOnly(String file) {
        return new Position(file, 0, 0);
    }

    /** As shown in messages: {@code file:line:column}, leaving out what is unknown. */
    public String label() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
