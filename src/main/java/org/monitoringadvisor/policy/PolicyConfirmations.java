package org.monitoringadvisor.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.model.Question;

/**
 * The rep's word on the answers a policy suggested, as the answers file keeps it: each question dealt with is listed
 * under {@code policy: confirmed:}, so carrying on later does not ask it again; a suggestion replaced by another
 * answer no longer rests on the policy, so its quotes and reasons go. One bookkeeping for every front end (the
 * console and the browser), so their files are the same.
 */
public final class PolicyConfirmations {

    private PolicyConfirmations() {
    }

    /**
     * The suggestions still to confirm: answered questions with policy evidence not yet confirmed, in the
     * questionnaire's order.
     *
     * @param metadata  the answers file's metadata
     * @param questions the questionnaire, in its order
     * @param answers   the answers so far
     */
    public static List<Question> pending(Map<String, Object> metadata, List<Question> questions,
                                         Map<String, String> answers) {
        PolicyEvidence evidence = PolicyEvidence.from(metadata);
        List<Question> pending = new ArrayList<>();
        for (Question question : questions) {
            if (answers.containsKey(question.id()) && !evidence.of(question.id()).isEmpty()
                    && !evidence.confirmed().contains(question.id())) {
                pending.add(question);
            }
        }
        return pending;
    }

    /**
     * The metadata once the rep has dealt with a suggestion: the question listed as confirmed and, when the rep
     * replaced the suggested answer, its evidence and reasons dropped. The map given is not changed.
     *
     * @param replaced true when the rep gave another answer than the one suggested
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> confirmed(Map<String, Object> metadata, String question, boolean replaced) {
        Map<String, Object> kept = new LinkedHashMap<>(metadata);
        Map<String, Object> policy = kept.get(PolicyAnswers.POLICY_KEY) instanceof Map<?, ?> map
                ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
        List<Object> confirmed = policy.get(PolicyAnswers.CONFIRMED_KEY) instanceof List<?> list
                ? new ArrayList<>(list) : new ArrayList<>();
        if (!confirmed.contains(question)) {
            confirmed.add(question);
        }
        policy.put(PolicyAnswers.CONFIRMED_KEY, confirmed);
        kept.put(PolicyAnswers.POLICY_KEY, policy);
        if (replaced) {
            for (String key : List.of(PolicyAnswers.EVIDENCE_KEY, PolicyAnswers.REASONS_KEY)) {
                if (kept.get(key) instanceof Map<?, ?> map) {
                    Map<String, Object> without = new LinkedHashMap<>((Map<String, Object>) map);
                    without.remove(question);
                    kept.put(key, without);
                }
            }
        }
        return kept;
    }
}
