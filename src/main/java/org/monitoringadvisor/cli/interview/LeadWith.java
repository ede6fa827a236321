package org.monitoringadvisor.cli.interview;

import java.util.List;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;

/**
 * The few findings to open the meeting with, as the end screen shows them. The choice is the rules' (the
 * assessment's lead-with list); until the rule base makes one, the first gaps in the assessment's own order (the
 * rules' priorities), then its first questions for management, stand in.
 */
final class LeadWith {

    private static final int MOST = 3;

    private LeadWith() {
    }

    static List<Finding> of(Assessment assessment) {
        List<Finding> gaps = assessment.findings(FindingKind.GAP);
        if (!gaps.isEmpty()) {
            return gaps.subList(0, Math.min(MOST, gaps.size()));
        }
        List<Finding> asks = assessment.findings(FindingKind.ASK);
        return asks.subList(0, Math.min(MOST, asks.size()));
    }
}
