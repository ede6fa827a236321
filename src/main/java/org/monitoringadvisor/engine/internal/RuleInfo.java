package org.monitoringadvisor.engine.internal;

import java.util.List;

/**
 * What the engine knows about one compiled rule: its name, its file, the line it starts on (0 when unknown) and
 * the guidance it cites.
 */
public record RuleInfo(String name, String file, int line, List<String> guidance) {

    public RuleInfo {
        guidance = List.copyOf(guidance);
    }

    /** Where the rule is, as {@code FILE:LINE} (or just the file when the line is unknown). */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
