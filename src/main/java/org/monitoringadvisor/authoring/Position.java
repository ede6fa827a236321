package org.monitoringadvisor.authoring;

/** A place in a knowledge file, as shown in messages: the file, and 1-based line and column (0 when unknown). */
record Position(String file, int line, int column) {

    /** The start of a file, for problems that concern it as a whole. */
    static Position startOf(String file) {
        return new Position(file, 1, 1);
    }
}
