package org.monitoringadvisor.authoring;

import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.knowledge.Position;

/** A scenario file that cannot be read or names something the rule base does not have; names file and line. */
public class ScenarioFileException extends KnowledgeException {

    private final String location;
    private final int line;

    /**
     * @param location the file, as shown in messages
     * @param line     1-based line, or 0 for the file as a whole
     * @param problem  what is wrong, and what would be right where that is known
     */
    public ScenarioFileException(String location, int line, String problem) {
        super(new Position(location, Math.max(line, 0), 0), problem);
        this.location = location;
        this.line = line;
    }

    /** The file, without the line. */
    public String location() {
        return location;
    }

    /** The 1-based line of the problem, or 0. */
    public int line() {
        return line;
    }

}
