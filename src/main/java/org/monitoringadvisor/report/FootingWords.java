package org.monitoringadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Footing;

/**
 * Plain words for a finding's footing, shared by every format. Only a legal duty is called a likely breach: a rep
 * who says "breach" of a negotiating aim, or of an argument no court has settled, loses credibility at the table.
 */
public final class FootingWords {

    private FootingWords() {
    }

    /** One phrase for the finding's footing; for a gap it also says what falling short means. */
    public static String of(Finding finding) {
        boolean gap = finding.kind() == FindingKind.GAP;
        return switch (finding.footing()) {
            case LEGAL_DUTY -> gap ? "a legal duty (settled law or a statutory code): falling short is a likely breach"
                    : "a legal duty (settled law or a statutory code)";
            case REGULATOR_EXPECTS -> gap
                    ? "what the regulator expects: falling short is not in itself a breach, but the employer has to "
                    + "be able to justify it" : "what the regulator expects";
            case ARGUABLE -> gap
                    ? "arguable in law: a legal argument that no court or regulator has settled, so put it as an "
                    + "argument, not as a breach" : "arguable in law: no court or regulator has settled the point";
            case UNION_AIM -> gap ? "a union negotiating aim, not a legal duty" : "a union negotiating aim";
        };
    }

    /** The footing in two or three words, such as "legal duty" or "union aim", for a list of points to lead with. */
    public static String brief(Footing footing) {
        return ONE.get(footing);
    }

    /** How many gaps stand on each footing, for example "2 legal duties, 3 union aims", or empty. */
    public static String gapCounts(List<Finding> gaps) {
        List<String> parts = new ArrayList<>();
        for (Footing footing : Footing.values()) {
            long n = gaps.stream().filter(g -> g.footing() == footing).count();
            if (n > 0) {
                parts.add(n + " " + (n == 1 ? ONE.get(footing) : MANY.get(footing)));
            }
        }
        return String.join(", ", parts);
    }

    private static final Map<Footing, String> ONE = Map.of(Footing.LEGAL_DUTY, "legal duty",
            Footing.REGULATOR_EXPECTS, "regulator's expectation", Footing.ARGUABLE, "arguable point",
            Footing.UNION_AIM, "union aim");
    private static final Map<Footing, String> MANY = Map.of(Footing.LEGAL_DUTY, "legal duties",
            Footing.REGULATOR_EXPECTS, "regulator's expectations", Footing.ARGUABLE, "arguable points",
            Footing.UNION_AIM, "union aims");
}
