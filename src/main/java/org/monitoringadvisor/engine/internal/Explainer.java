package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Ask;
import org.monitoringadvisor.model.Conclusion;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.model.Relevance;
import org.monitoringadvisor.model.Source;

/**
 * Turns what a session concluded into findings a rep can read: the catalogue's wording, the rule that fired,
 * the answers it rested on (following derived facts back to the answers behind them) and the cited sources.
 */
public final class Explainer {

    private final Knowledge knowledge;
    private final CompiledRules rules;
    private final Comparator<Finding> order;

    public Explainer(Knowledge knowledge, CompiledRules rules) {
        this.knowledge = knowledge;
        this.rules = rules;
        // Within a kind and priority, what the law or the regulator expects comes before a negotiating aim; then
        // findings follow the interview: by the earliest question they rest on.
        this.order = Comparator.comparing(Finding::kind).thenComparing(Finding::priority).thenComparing(Finding::basis)
                .thenComparingInt(this::firstQuestionPosition)
                .thenComparingInt(f -> knowledge.findings().position(f.id())).thenComparing(Finding::id);
    }

    /** The session's findings, explained and in report order. */
    public List<Finding> findings(RuleSession session) {
        List<Finding> findings = new ArrayList<>();
        for (Conclusion conclusion : session.conclusions()) {
            findings.add(finding(conclusion, session));
        }
        findings.sort(order);
        return findings;
    }

    private int firstQuestionPosition(Finding finding) {
        return finding.because().stream().mapToInt(r -> knowledge.questions().position(r.question())).min()
                .orElse(Integer.MAX_VALUE);
    }

    /** Why {@code question} is relevant in this session, or an empty list if it is not. */
    public List<Relevance> relevance(String question, RuleSession session) {
        Firing firing = session.firingOf(new Ask(question));
        if (firing == null) {
            return List.of();
        }
        return List.of(new Relevance(question, firing.rule(), because(firing, session), sources(firing.rule())));
    }

    private Finding finding(Conclusion conclusion, RuleSession session) {
        Firing firing = session.firingOf(conclusion);
        if (firing == null) {
            throw new RuleBaseException("finding \"" + conclusion.finding()
                    + "\" was inserted outside a rule; rules must insert Conclusion facts themselves");
        }
        FindingText text = knowledge.findings().find(conclusion.finding()).orElseThrow(() -> new RuleBaseException(
                "rule \"" + firing.rule() + "\" concluded \"" + conclusion.finding()
                        + "\", which is not in any .findings.yaml file"));
        return new Finding(text.id(), text.kind(), text.priority(), text.title(), text.advice(), text.points(),
                firing.rule(), because(firing, session), sources(firing.rule()));
    }

    private List<Source> sources(String rule) {
        return rules.rule(rule).guidance().stream()
                .map(id -> knowledge.sources().find(id).orElseThrow()).toList();
    }

    /** The answers behind a firing, following derived facts to the firings that inserted them. */
    private List<Reason> because(Firing firing, RuleSession session) {
        Set<Answer> answers = new LinkedHashSet<>();
        collectAnswers(firing, session, answers, 0);
        return answers.stream()
                .sorted(Comparator.comparingInt(a -> knowledge.questions().position(a.question())))
                .map(this::reason).toList();
    }

    private void collectAnswers(Firing firing, RuleSession session, Set<Answer> answers, int depth) {
        for (Object fact : firing.matched()) {
            if (fact instanceof Answer answer) {
                answers.add(answer);
            } else if (depth < 20) {
                Firing behind = session.firingOf(fact);
                if (behind != null) {
                    collectAnswers(behind, session, answers, depth + 1);
                }
            }
        }
    }

    private Reason reason(Answer answer) {
        Question question = knowledge.questions().find(answer.question()).orElseThrow();
        return new Reason(answer.question(), answer.value(), question.text(), question.labelOf(answer.value()));
    }
}
