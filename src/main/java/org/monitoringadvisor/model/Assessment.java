package org.monitoringadvisor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of assessing one set of answers: immutable, findings in a fixed order (gaps, then asks, then
 * strengths; within each, by priority, then by basis (law, regulator, union, other), then in interview and
 * catalogue order).
 *
 * @param ruleBaseVersion the version of the rule base that produced it
 * @param answers         every answer given, relevant or not, in catalogue order
 * @param findings        the findings, ordered
 */
public record Assessment(String ruleBaseVersion, Map<String, String> answers, List<Finding> findings) {

    public Assessment {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        findings = List.copyOf(findings);
    }

    /** The findings of one kind, in order. */
    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
