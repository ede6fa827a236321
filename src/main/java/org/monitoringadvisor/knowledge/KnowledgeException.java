package org.monitoringadvisor.knowledge;

/**
 * A broken knowledge file: names the file, and the line and column where there is one, and says what is wrong.
 * Its message is meant for a rule author, with no stack trace.
 */
public class KnowledgeException extends RuntimeException {

    private final Position position;
    private final String problem;

    /** A problem with a file as a whole (or with a folder), at no line. */
    public KnowledgeException(String file, String problem) {
        this(Position.fileOnly(file), problem);
    }

    /** A problem at a place in a file. */
    public KnowledgeException(Position position, String problem) {
        super(position.label() + ": " + problem);
        this.position = position;
        this.problem = problem;
    }

    /** The file the problem is in, as shown in the message. */
    public String file() {
        return position.file();
    }

    /** Where the problem is: file, and line and column (0 when unknown). */
    public Position position() {
        return position;
    }

    /** The problem alone, without the place. */
    public String problem() {
        return problem;
    }
}
