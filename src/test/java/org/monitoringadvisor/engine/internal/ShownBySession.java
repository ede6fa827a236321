package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.monitoringadvisor.model.Finding;

/** Everything a report shows of a session, as one string to compare: findings, relevance and why, the picks. */
final class ShownBySession {

    private ShownBySession() {
    }

    static String of(Explainer explainer, RuleSession session) {
        List<Finding> findings = explainer.findings(session);
        List<Object> seen = new ArrayList<>(findings);
        for (String question : session.relevantQuestions()) {
            seen.add(explainer.relevance(question, session));
        }
        seen.add(explainer.leadWith(findings, session));
        return seen.toString();
    }
}
