package org.monitoringadvisor.authoring;

import java.util.ArrayList;
import java.util.List;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.model.Priority;

/**
 * What a scenario expects of a finding: any of its id, kind, priority, a guidance id it cites, the rule that
 * concluded it, and its footing. A finding matches when it has everything given; fields left null match anything.
 *
 * @param id       finding id, or null
 * @param kind     gap, ask or strength, or null
 * @param priority high, medium or low, or null
 * @param guidance a guidance id the finding must cite, or null
 * @param rule     the name of the rule that must have concluded it, or null
 * @param footing  legal-duty, arguable, regulator-expects or union-aim, or null
 */
public record FindingPattern(String id, FindingKind kind, Priority priority, String guidance, String rule,
                             Footing footing) {

    /** A pattern that does not look at the footing. */
    public FindingPattern(String id, FindingKind kind, Priority priority, String guidance, String rule) {
        this(id, kind, priority, guidance, rule, null);
    }

    /** Whether {@code finding} has everything this pattern asks for. */
    public boolean matches(Finding finding) {
        return (id == null || id.equals(finding.id()))
                && (kind == null || kind == finding.kind())
                && (priority == null || priority == finding.priority())
                && (guidance == null || finding.guidance().contains(guidance))
                && (rule == null || rule.equals(finding.rule()))
                && (footing == null || footing == finding.footing());
    }

    /** As written in a scenario file: the bare id, or {@code {kind: gap, guidance: x}}. */
    @Override
    public String toString() {
        if (id != null && kind == null && priority == null && guidance == null && rule == null && footing == null) {
            return id;
        }
        List<String> parts = new ArrayList<>();
        if (id != null) {
            parts.add("id: " + id);
        }
        if (kind != null) {
            parts.add("kind: " + kind.id());
        }
        if (priority != null) {
            parts.add("priority: " + priority.id());
        }
        if (guidance != null) {
            parts.add("guidance: " + guidance);
        }
        if (rule != null) {
            parts.add("rule: \"" + rule + "\"");
        }
        if (footing != null) {
            parts.add("footing: " + footing.id());
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
