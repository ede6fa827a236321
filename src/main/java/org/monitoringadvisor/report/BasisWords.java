package org.monitoringadvisor.report;

import org.monitoringadvisor.model.Finding;

/**
 * Words for what kind of source a finding rests on, shared by the renderers. What that means for the employer
 * (a likely breach or not) is the finding's footing: see {@link FootingWords}.
 */
public final class BasisWords {

    private BasisWords() {
    }

    /** One phrase: the strongest kind of source cited, and the confidence when it is below high. */
    public static String of(Finding finding) {
        String words = switch (finding.basis()) {
            case LAW -> "law";
            case REGULATOR -> "regulator guidance";
            case UNION -> "union guidance";
            case OTHER -> "other guidance";
        };
        return finding.confidence().equals("high") ? words
                : words + "; confidence " + finding.confidence() + ", see the sources for why";
    }
}
