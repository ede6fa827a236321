package org.monitoringadvisor.model;

import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/**
 * Every finding of the assessment, described for the rules that choose what to open the negotiation with
 * ({@code lead-with.drl}), in one fact. The engine inserts it once the findings have settled, so a rule sees them
 * all at once without collecting one {@link Concluded} fact after another (the engine inserts those as well, but
 * only for a rule base that has rules on them).
 *
 * @param findings one description per finding, in report order
 */
@ClassReactive // never changed in place, so Drools need not work out which properties each pattern reads
public record SettledFindings(List<Concluded> findings) {

    public SettledFindings {
        findings = List.copyOf(findings);
    }
}
