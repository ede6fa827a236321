package org.monitoringadvisor.answers;

/**
 * A problem with an answers file (or another file this tool reads or writes), worded for a rep rather than a
 * programmer: the message is {@code FILE:LINE: problem}, or {@code FILE: problem} when no line applies, and is
 * meant to be shown as it is, without a stack trace.
 */
public class AnswersFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /**
     * A problem at a line of a file.
     *
     * @param file    the file as the user named it, or {@code <stdin>}
     * @param line    the 1-based line, or 0 when no line applies
     * @param problem what is wrong, in plain words
     */
    public AnswersFileException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    /**
     * A problem with a file as a whole.
     *
     * @param file    the file as the user named it, or {@code <stdin>}
     * @param problem what is wrong, in plain words
     */
    public AnswersFileException(String file, String problem) {
        this(file, 0, problem, null);
    }

    /**
     * A problem at a line of a file, keeping the low-level cause for logs.
     *
     * @param file    the file as the user named it, or {@code <stdin>}
     * @param line    the 1-based line, or 0 when no line applies
     * @param problem what is wrong, in plain words
     * @param cause   the underlying exception, or null
     */
    public AnswersFileException(String file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = Math.max(line, 0);
        this.problem = problem;
    }

    private static String format(String file, int line, String problem) {
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }

    /** The file the problem is in, as the user named it (or {@code <stdin>}). */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }

    /** The problem alone, without the file and line. */
    public String problem() {
        return problem;
    }
}
