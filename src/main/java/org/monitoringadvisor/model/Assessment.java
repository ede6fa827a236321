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
 * @param asked           the questions the rules make relevant for these answers, answered or not, in catalogue
 *                        order (a report lists the ones still open, and marks answers to the others as not
 *                        applying)
 * @param leadWith        the ids of the findings to open the negotiation with, first point first, as the
 *                        lead-with rules chose them (each is among {@code findings})
 */
public record Assessment(String ruleBaseVersion, Map<String, String> answers, List<Finding> findings,
                         List<String> asked, List<String> leadWith) {

    public Assessment {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        findings = List.copyOf(findings);
        asked = List.copyOf(asked);
        leadWith = List.copyOf(leadWith);
        for (String id : leadWith) {
            if (!hasFinding(findings, id)) {
                throw new IllegalArgumentException("leadWith names \"" + id + "\", which is not among the findings");
            }
        }
    }

    private static boolean hasFinding(List<Finding> findings, String id) {
        for (Finding finding : findings) { // a loop, not a stream: every assessment checks each of its picks
            if (finding.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** An assessment with nothing chosen to lead with, for tools that assemble findings themselves. */
    public Assessment(String ruleBaseVersion, Map<String, String> answers, List<Finding> findings,
                      List<String> asked) {
        this(ruleBaseVersion, answers, findings, asked, List.of());
    }

    /** An assessment that does not say which questions were relevant (for results made without the rules). */
    public Assessment(String ruleBaseVersion, Map<String, String> answers, List<Finding> findings) {
        this(ruleBaseVersion, answers, findings, List.of(), List.of());
    }

    /** The relevant questions not answered yet, in catalogue order. */
    public List<String> unanswered() {
        return asked.stream().filter(id -> !answers.containsKey(id)).toList();
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
