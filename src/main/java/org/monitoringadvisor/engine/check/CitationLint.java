package org.monitoringadvisor.engine.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.monitoringadvisor.model.Source;

/** Every rule cites guidance, every id it cites is in {@code sources.yaml}, and every guidance point is cited by a
 * rule or a rebuttal. */
final class CitationLint implements Lint {

    @Override
    public void check(LintInput input, Problems problems) {
        List<String> known = input.knowledge().sources().all().stream().map(Source::id).toList();
        Set<String> cited = new HashSet<>();
        input.rules().forEach(rule -> {
            if (rule.guidanceAt() == null) {
                problems.error(rule.position(), "rule \"" + rule.name() + "\" cites no guidance; add "
                        + "@guidance(\"id\") with ids from " + CatalogueLines.SOURCES);
            } else if (rule.citations().isEmpty()) {
                problems.error(rule.guidanceAt(), "@guidance of rule \"" + rule.name() + "\" names no guidance id; "
                        + "write ids from " + CatalogueLines.SOURCES + ", separated by commas");
            }
            for (DrlRule.Citation citation : rule.citations()) {
                cited.add(citation.id());
                if (!known.contains(citation.id())) {
                    problems.error(citation.position(), "unknown guidance \"" + citation.id() + "\"; it is not in "
                            + CatalogueLines.SOURCES + Suggestions.didYouMean(citation.id(), known));
                }
            }
        });
        if (!input.allReadable()) {
            return;
        }
        // A point a rebuttal's answer rests on is in use too, though no rule cites it.
        input.knowledge().findings().all().forEach(f -> f.rebuttals().forEach(r -> cited.addAll(r.guidance())));
        for (String id : known) {
            if (!cited.contains(id)) {
                problems.warning(input.lines().source(id), "guidance \"" + id + "\" is cited by no rule or rebuttal; "
                        + "cite it with @guidance(\"" + id + "\") where a rule rests on it, or remove it");
            }
        }
    }
}
