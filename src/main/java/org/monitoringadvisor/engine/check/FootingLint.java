package org.monitoringadvisor.engine.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.Position;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.model.SourceKind;

/**
 * Checks each finding's {@code footing} against what it cites: the guidance of the rule that concludes it and of
 * its rebuttals. A legal duty needs law or a regulator's text behind it and no point graded below high confidence;
 * an arguable point or a regulator's expectation needs at least law or a regulator's text. The knowledge lives in
 * the files; this only keeps a findings file from claiming firmer ground than its sources give.
 */
final class FootingLint implements Lint {

    @Override
    public void check(LintInput input, Problems problems) {
        Knowledge knowledge = input.knowledge();
        Map<String, DrlRule> concludedBy = new HashMap<>();
        input.rules().forEach(rule -> rule.created().stream().filter(f -> f.type().equals("Conclusion"))
                .forEach(f -> concludedBy.putIfAbsent(f.id(), rule)));
        for (FindingText finding : knowledge.findings().all()) {
            DrlRule rule = concludedBy.get(finding.id());
            if (rule == null) {
                continue; // concluded by no rule: FindingLint says so
            }
            List<String> guidance = rule.citations().stream().map(DrlRule.Citation::id).toList();
            Set<String> cited = new LinkedHashSet<>(guidance);
            finding.rebuttals().forEach(r -> cited.addAll(r.guidance()));
            boolean legalText = sources(knowledge, List.copyOf(cited)).stream()
                    .anyMatch(s -> s.kind() == SourceKind.LAW || s.kind() == SourceKind.REGULATOR);
            Footing footing = finding.footing();
            Position at = new Position(finding.file(), finding.line(), 1);
            if (footing != Footing.UNION_AIM && !legalText) {
                problems.error(at, "finding \"" + finding.id() + "\" has footing \"" + footing.id() + "\" but cites "
                        + "only union or other guidance (rule \"" + rule.name() + "\" and its rebuttals); cite law or "
                        + "the regulator's text, or make it \"union-aim\"");
            }
            if (footing == Footing.LEGAL_DUTY) {
                String weak = sources(knowledge, guidance).stream().filter(s -> !s.confidence().equals("high"))
                        .map(s -> s.id() + " (" + s.confidence() + ")").collect(Collectors.joining(", "));
                if (!weak.isEmpty()) {
                    problems.error(at, "finding \"" + finding.id() + "\" has footing \"legal-duty\" but rests on "
                            + "guidance graded below high confidence: " + weak + "; make it \"arguable\" or "
                            + "\"regulator-expects\"");
                }
            }
        }
    }

    private static List<Source> sources(Knowledge knowledge, List<String> ids) {
        return ids.stream().map(id -> knowledge.sources().find(id)).flatMap(Optional::stream).toList();
    }
}
