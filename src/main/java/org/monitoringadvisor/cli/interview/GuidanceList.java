package org.monitoringadvisor.cli.interview;

import java.util.Collection;
import org.monitoringadvisor.model.Source;

/** Lists guidance points: id and kind, what the point says, and where to read it. */
final class GuidanceList {

    private GuidanceList() {
    }

    static void show(Screen screen, Collection<Source> sources) {
        for (Source source : sources) {
            screen.wrapped("  - ", "    ", source.id() + " (" + source.kind().label() + "): " + source.summary());
            screen.wrapped("    ", "    ", source.citation() + ".");
        }
    }
}
