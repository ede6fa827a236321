package org.monitoringadvisor.knowledge;

/**
 * A broken knowledge file: names the file, and the entry where there is one, and says what is wrong.
 * Its message is meant for a rule author, with no stack trace.
 */
public class KnowledgeException extends RuntimeException {

    private final String file;

    public KnowledgeException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /** The file the problem is in, as shown in the message. */
    public String file() {
        return file;
    }
}
