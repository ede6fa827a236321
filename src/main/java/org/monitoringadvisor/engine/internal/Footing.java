package org.monitoringadvisor.engine.internal;

import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.SourceKind;

/**
 * A finding's footing as the lead-with rules read it ({@code legal-duty}, {@code regulator-expects},
 * {@code arguable}, {@code union-aim}): what the strongest source it cites is, and whether that point is argued
 * rather than settled (confidence below high).
 */
final class Footing {

    private Footing() {
    }

    static String of(Finding finding) {
        SourceKind basis = finding.basis();
        boolean settled = "high".equals(finding.confidence());
        return switch (basis) {
            case LAW -> settled ? "legal-duty" : "arguable";
            case REGULATOR -> settled ? "regulator-expects" : "arguable";
            default -> "union-aim";
        };
    }
}
