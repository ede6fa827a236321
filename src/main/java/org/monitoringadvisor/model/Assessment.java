package org.monitoringadvisor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of assessing one set of answers: immutable, findings in a fixed order (gaps, then asks, then
 * strengths; within each, by priority, then by basis (law, regulator, union, other), then in interview and
 * catalogue order).
 *
 * @param ruleBaseVersion the version of the rule base that produced it
 * @param answers         every answer given, relevant or not, in catalogue order
 * @param findings        the findings, ordered
 * @param leadWith        the ids of the findings to open the negotiation with, first point first, as the
 *                        lead-with rules chose them (each is among {@code findings})
 */
public record Assessment(String ruleBaseVersion, Map<String, String> answers, List<Finding> findings,
                         List<String> leadWith) {

    public Assessment {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        findings = List.copyOf(findings);
        leadWith = List.copyOf(leadWith);
        for (String id : leadWith) {
            if (findings.stream().noneMatch(f -> f.id().equals(id))) {
                throw new IllegalArgumentException("leadWith names \"" + id + "\", which is not among the findings");
            }
        }
    }

    /** An assessment with nothing chosen to lead with, for tools that assemble findings themselves. */
    public Assessment(String ruleBaseVersion, Map<String, String> answers, List<Finding> findings) {
        this(ruleBaseVersion, answers, findings, List.of());
    }

    /** The findings of one kind, in order. */
    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The findings to open the negotiation with, first point first (ids in {@link #leadWith()}). */
    public List<Finding> leadWithFindings() {
        return leadWith.stream().map(id -> finding(id).orElseThrow()).toList();
    }

    /** The finding with this id, if the assessment has it. */
    public Optional<Finding> finding(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
