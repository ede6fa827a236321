package org.monitoringadvisor.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reading as the parts of an answers file: {@code policy:} (which document, when), {@code evidence:} (the quotes
 * for each suggested answer), {@code reasons:} (why each was suggested), {@code disagreements:} (questions left open
 * because passages disagree, with both quotes), and the {@code answers:} themselves. Every command that reads
 * answers files keeps the extra keys as metadata, so the file works everywhere unchanged.
 */
public final class PolicyAnswers {

    /** The metadata key naming the document read. */
    public static final String POLICY_KEY = "policy";
    /** The metadata key of the quotes, per question. */
    public static final String EVIDENCE_KEY = "evidence";
    /** The metadata key of the reasons, per question. */
    public static final String REASONS_KEY = "reasons";
    /** The metadata key of the questions left open. */
    public static final String DISAGREEMENTS_KEY = "disagreements";
    /** Under {@code policy:}, the questions whose suggestion the rep has confirmed. */
    public static final String CONFIRMED_KEY = "confirmed";

    private PolicyAnswers() {
    }

    /** The suggested answers, question id to value, in the questionnaire's order. */
    public static Map<String, String> answers(PolicyReading reading) {
        Map<String, String> answers = new LinkedHashMap<>();
        reading.suggestions().forEach(s -> answers.put(s.question(), s.value()));
        return answers;
    }

    /** The metadata to write above the answers, as plain Java values. */
    public static Map<String, Object> metadata(PolicyReading reading) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("file", reading.document().file());
        policy.put("sha256", reading.document().sha256());
        policy.put("format", reading.document().format());
        policy.put("read", reading.document().read());
        metadata.put(POLICY_KEY, policy);
        Map<String, Object> evidence = new LinkedHashMap<>();
        Map<String, Object> reasons = new LinkedHashMap<>();
        for (Suggestion suggestion : reading.suggestions()) {
            evidence.put(suggestion.question(), entries(suggestion.evidence()));
            reasons.put(suggestion.question(), suggestion.because());
        }
        metadata.put(EVIDENCE_KEY, evidence);
        metadata.put(REASONS_KEY, reasons);
        if (!reading.disagreements().isEmpty()) {
            Map<String, Object> open = new LinkedHashMap<>();
            for (Disagreement disagreement : reading.disagreements()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("because", disagreement.because());
                entry.put("quotes", entries(disagreement.evidence()));
                open.put(disagreement.question(), entry);
            }
            metadata.put(DISAGREEMENTS_KEY, open);
        }
        return metadata;
    }

    /** Evidence as plain maps of quote, where and confidence. */
    public static List<Object> entries(List<Evidence> evidence) {
        List<Object> entries = new ArrayList<>();
        for (Evidence item : evidence) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("quote", item.quote());
            entry.put("where", item.where());
            entry.put("confidence", item.confidence());
            entries.add(entry);
        }
        return entries;
    }
}
