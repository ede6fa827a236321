package org.monitoringadvisor.report;

import java.util.List;
import org.monitoringadvisor.policy.Evidence;
import org.monitoringadvisor.policy.PolicyEvidence;

/** The words a report adds where an answer came from the employer's policy: the quote and where it is. */
final class PolicyQuotes {

    private PolicyQuotes() {
    }

    /** The appendix note for an answer: the quotes it rests on, after any note already there. */
    static String note(PolicyEvidence policy, String question, String note) {
        List<Evidence> quotes = policy.of(question);
        if (quotes.isEmpty()) {
            return note;
        }
        StringBuilder text = new StringBuilder(note.isEmpty() ? "" : note + " ");
        text.append("From the policy: ");
        for (int i = 0; i < quotes.size(); i++) {
            Evidence quote = quotes.get(i);
            text.append(i == 0 ? "" : "; ").append('\u201C').append(quote.quote()).append('\u201D');
            if (!quote.where().isEmpty()) {
                text.append(" (").append(quote.where()).append(')');
            }
        }
        return text.append('.').toString();
    }

    /** For "what was found": the first quote behind the answer, as {@code , as the policy says: “...” (where)}. */
    static String suffix(PolicyEvidence policy, String question) {
        return policy.firstQuote(question).map(q -> ", as the policy says: " + q).orElse("");
    }
}
