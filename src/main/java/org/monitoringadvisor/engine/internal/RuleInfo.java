package org.monitoringadvisor.engine.internal;

import java.util.List;

/** What the engine knows about one compiled rule: its name, its file and the guidance it cites. */
public record RuleInfo(String name, String file, List<String> guidance) {

    public RuleInfo {
        guidance = List.copyOf(guidance);
    }
}
