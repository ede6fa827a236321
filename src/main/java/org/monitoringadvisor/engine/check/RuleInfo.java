package org.monitoringadvisor.engine.check;

import java.util.List;
import org.monitoringadvisor.knowledge.Position;

/**
 * One rule as the checker read it: its name, where its {@code rule "name"} starts and the guidance it cites. The
 * engine names rules this way in messages at run time; rule authors' tools use it for coverage.
 */
public record RuleInfo(String name, Position position, List<String> guidance) {

    public RuleInfo {
        guidance = List.copyOf(guidance);
    }

    /** Where the rule is, as {@code FILE:LINE} (or just the file when the line is unknown). */
    public String location() {
        return position.line() > 0 ? position.file() + ":" + position.line() : position.file();
    }
}
