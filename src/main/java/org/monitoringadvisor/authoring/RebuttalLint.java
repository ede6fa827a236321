package org.monitoringadvisor.authoring;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;

/**
 * Every high-priority gap should come with what management is likely to say and the rep's answer. Rebuttals are
 * being written topic by topic, so a findings file is held to this once it gives any finding rebuttals.
 */
final class RebuttalLint implements Lint {

    @Override
    public void check(LintInput input, Problems problems) {
        List<FindingText> findings = input.knowledge().findings().all();
        Set<String> started = findings.stream().filter(f -> !f.rebuttals().isEmpty()).map(FindingText::file)
                .collect(Collectors.toSet());
        for (FindingText finding : findings) {
            if (finding.kind() == FindingKind.GAP && finding.priority() == Priority.HIGH
                    && finding.rebuttals().isEmpty() && started.contains(finding.file())) {
                problems.warning(input.lines().finding(finding.id()), "high-priority gap \"" + finding.id()
                        + "\" has no rebuttals; give it 1 to 3 (objection, answer, guidance): what management is "
                        + "likely to say, and the rep's answer");
            }
        }
    }
}
