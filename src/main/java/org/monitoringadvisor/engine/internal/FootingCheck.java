package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.model.SourceKind;

/**
 * Checks each finding's {@code footing} against what it cites: the guidance of the rule that concludes it and of
 * its rebuttals. A legal duty needs law or a regulator's text behind it and no point graded below high confidence;
 * an arguable point or a regulator's expectation needs at least law or a regulator's text. The knowledge lives in
 * the files; this only keeps a findings file from claiming firmer ground than its sources give.
 */
final class FootingCheck {

    private FootingCheck() {
    }

    /**
     * The problems, at the line of the finding's entry.
     *
     * @param knowledge     the loaded knowledge
     * @param rules         the compiled rules with their guidance
     * @param concludedBy   for each finding id, the name of the rule that concludes it
     */
    static List<RuleProblem> check(Knowledge knowledge, Map<String, RuleInfo> rules, Map<String, String> concludedBy) {
        List<RuleProblem> problems = new ArrayList<>();
        for (FindingText finding : knowledge.findings().all()) {
            RuleInfo rule = rules.get(concludedBy.get(finding.id()));
            if (rule == null) {
                continue; // concluded by no rule: the authors' lint says so
            }
            List<Source> restsOn = sources(knowledge, rule.guidance());
            Set<String> cited = new LinkedHashSet<>(rule.guidance());
            finding.rebuttals().forEach(r -> cited.addAll(r.guidance()));
            boolean legalText = sources(knowledge, List.copyOf(cited)).stream()
                    .anyMatch(s -> s.kind() == SourceKind.LAW || s.kind() == SourceKind.REGULATOR);
            Footing footing = finding.footing();
            if (footing != Footing.UNION_AIM && !legalText) {
                problems.add(problem(finding, "has footing \"" + footing.id() + "\" but cites only union or other "
                        + "guidance (rule \"" + rule.name() + "\" and its rebuttals); cite law or the regulator's "
                        + "text, or make it \"union-aim\""));
            }
            if (footing == Footing.LEGAL_DUTY) {
                String weak = restsOn.stream().filter(s -> !s.confidence().equals("high"))
                        .map(s -> s.id() + " (" + s.confidence() + ")").collect(Collectors.joining(", "));
                if (!weak.isEmpty()) {
                    problems.add(problem(finding, "has footing \"legal-duty\" but rests on guidance graded below "
                            + "high confidence: " + weak + "; make it \"arguable\" or \"regulator-expects\""));
                }
            }
        }
        return problems;
    }

    private static List<Source> sources(Knowledge knowledge, List<String> ids) {
        return ids.stream().map(id -> knowledge.sources().find(id)).flatMap(Optional::stream).toList();
    }

    private static RuleProblem problem(FindingText finding, String message) {
        return RuleProblem.error(finding.file(), finding.line(), 1, "finding \"" + finding.id() + "\" " + message);
    }
}
