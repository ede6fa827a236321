package org.monitoringadvisor.engine;

/**
 * One problem found in the rule base, located as precisely as known. {@link #toString()} gives the
 * {@code file:line:column: error: message} form editors and CI recognise.
 *
 * @param file     the file, as a path or a built-in resource name
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param severity {@code error} or {@code warning}
 * @param message  what is wrong, and what would be right where that is known
 */
public record RuleProblem(String file, int line, int column, String severity, String message) {

    /** An error at a place in a file. */
    public static RuleProblem error(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, "error", message);
    }

    /** Whether this problem stops the rule base from being used. */
    public boolean isError() {
        return "error".equals(severity);
    }

    @Override
    public String toString() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity + ": " + message;
    }
}
