package org.monitoringadvisor.cli.interview;

import java.util.Collection;
import org.monitoringadvisor.model.Source;

/** Lists guidance points: what the point says and its kind, and where to read it (ids are for the JSON). */
final class GuidanceList {

    private GuidanceList() {
    }

    static void show(Screen screen, Collection<Source> sources) {
        for (Source source : sources) {
            screen.wrapped("  - ", "    ", source.summary() + " (" + source.kind().label() + ")");
            screen.wrapped("    ", "    ", source.citation() + ".");
        }
    }
}
