package org.monitoringadvisor.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policy evidence an answers file carries, read back from its metadata (see {@link PolicyAnswers}): for the
 * interview, which asks the rep to confirm each suggestion, and for reports, which show the quotes.
 *
 * @param policyFile the policy's file name, empty when the answers did not come from a policy
 * @param evidence   question id to its quotes
 * @param confirmed  the questions whose suggestions the rep has confirmed or replaced
 */
public record PolicyEvidence(String policyFile, Map<String, List<Evidence>> evidence, Set<String> confirmed) {

    /** No policy, no evidence. */
    public static final PolicyEvidence NONE = new PolicyEvidence("", Map.of(), Set.of());

    public PolicyEvidence {
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        confirmed = Collections.unmodifiableSet(new LinkedHashSet<>(confirmed));
    }

    /**
     * Reads the evidence from an answers file's metadata, ignoring anything not shaped as {@link PolicyAnswers}
     * writes it: metadata is never a reason to reject a file.
     */
    public static PolicyEvidence from(Map<String, Object> metadata) {
        String file = "";
        Set<String> confirmed = new LinkedHashSet<>();
        if (metadata.get(PolicyAnswers.POLICY_KEY) instanceof Map<?, ?> policy) {
            file = policy.get("file") == null ? "" : policy.get("file").toString();
            if (policy.get(PolicyAnswers.CONFIRMED_KEY) instanceof List<?> list) {
                list.forEach(id -> confirmed.add(String.valueOf(id)));
            }
        }
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        if (metadata.get(PolicyAnswers.EVIDENCE_KEY) instanceof Map<?, ?> map) {
            map.forEach((question, entries) -> {
                List<Evidence> items = new ArrayList<>();
                if (entries instanceof List<?> list) {
                    for (Object entry : list) {
                        if (entry instanceof Map<?, ?> fields && fields.get("quote") != null) {
                            items.add(new Evidence(fields.get("quote").toString(),
                                    fields.get("where") == null ? "" : fields.get("where").toString(),
                                    fields.get("confidence") == null ? "" : fields.get("confidence").toString()));
                        }
                    }
                }
                if (!items.isEmpty()) {
                    evidence.put(question.toString(), items);
                }
            });
        }
        return new PolicyEvidence(file, evidence, confirmed);
    }

    /** The quotes behind a question's answer, empty when none. */
    public List<Evidence> of(String question) {
        return evidence.getOrDefault(question, List.of());
    }

    /** The first quote behind a question's answer, as {@code “quote” (where)}, if any. */
    public Optional<String> firstQuote(String question) {
        List<Evidence> items = of(question);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Evidence first = items.get(0);
        return Optional.of("\u201C" + first.quote() + "\u201D" + (first.where().isEmpty() ? "" : " (" + first.where()
                + ")"));
    }

    /** Whether the answers came from reading a policy. */
    public boolean fromPolicy() {
        return !policyFile.isEmpty();
    }
}
