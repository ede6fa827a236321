package org.monitoringadvisor.cli.interview;

import java.util.List;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Reason;

/** Short phrases several screens share, so a finding or an answer is named the same way everywhere. */
final class Words {

    private Words() {
    }

    /** "gap (high)", "question for management", "strength". */
    static String kind(Finding finding) {
        return switch (finding.kind()) {
            case GAP -> "gap (" + finding.priority().id() + ")";
            case ASK -> "question for management";
            case STRENGTH -> "strength";
        };
    }

    /** The heading for a kind of finding on screen. */
    static String heading(FindingKind kind) {
        return switch (kind) {
            case GAP -> "Gaps to negotiate";
            case ASK -> "Questions to put to management";
            case STRENGTH -> "Strengths to build on";
        };
    }

    /** "you answered "X" to "Q"; you answered ...". */
    static String because(List<Reason> reasons) {
        return reasons.stream().map(r -> "you answered \"" + r.valueLabel() + "\" to \"" + r.questionText() + "\"")
                .collect(Collectors.joining("; "));
    }

    /** "1 answer", "3 answers". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
