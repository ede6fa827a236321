package org.monitoringadvisor.report;

import java.util.List;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.SourceKind;

/**
 * Words for what a finding rests on, shared by the renderers: a gap backed by law or the regulator's guidance is a
 * likely breach to put right; one backed only by union guidance is a negotiating aim.
 */
public final class BasisWords {

    private BasisWords() {
    }

    /** One phrase: the basis, what it means for a gap, and the confidence when it is below high. */
    public static String of(Finding finding) {
        String words = switch (finding.basis()) {
            case LAW -> finding.kind() == FindingKind.GAP ? "law (falling short is a likely breach)" : "law";
            case REGULATOR -> finding.kind() == FindingKind.GAP
                    ? "regulator guidance (falling short goes against what the regulator or a statutory code expects)"
                    : "regulator guidance";
            case UNION -> finding.kind() == FindingKind.GAP
                    ? "union guidance (a negotiating aim, not a legal duty)" : "union guidance";
            case OTHER -> "other guidance";
        };
        return finding.confidence().equals("high") ? words
                : words + "; confidence " + finding.confidence() + ", see the sources for why";
    }

    /** How many gaps rest on each kind of source, for example "2 on law, 3 on union guidance", or empty. */
    public static String gapCounts(List<Finding> gaps) {
        return List.of(SourceKind.values()).stream()
                .map(kind -> gaps.stream().filter(g -> g.basis() == kind).count() + " on " + kind.label())
                .filter(s -> !s.startsWith("0 ")).collect(Collectors.joining(", "));
    }
}
