package org.monitoringadvisor.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.monitoringadvisor.engine.internal.RuleSession;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Relevance;

/**
 * A stepwise interview over one session: ask {@link #next()}, {@link #answer} it, change any answer at any
 * time, and read the findings so far. When an answer changes, every question and finding that rested on the
 * old answer is withdrawn and the new ones appear. Not thread-safe; close it when done.
 */
public final class Interview implements AutoCloseable {

    private final Advisor advisor;
    private final RuleSession session;
    private final Map<String, String> answers = new LinkedHashMap<>();

    Interview(Advisor advisor, RuleSession session) {
        this.advisor = advisor;
        this.session = session;
    }

    /** The first relevant question without an answer, in catalogue order; empty when the interview is done. */
    public Optional<Question> next() {
        return remaining().stream().findFirst();
    }

    /** The relevant questions without an answer yet, in catalogue order. */
    public List<Question> remaining() {
        return relevant().stream().filter(q -> !answers.containsKey(q.id())).toList();
    }

    /** The questions the rules currently make relevant, answered or not, in catalogue order. */
    public List<Question> relevant() {
        Set<String> relevant = session.relevantQuestions();
        return advisor.questions().stream().filter(q -> relevant.contains(q.id())).toList();
    }

    /** Whether the rules currently make {@code question} relevant. */
    public boolean isRelevant(String question) {
        return session.relevantQuestions().contains(Objects.requireNonNull(question, "question"));
    }

    /**
     * Gives or changes the answer to a question (relevant or not; an answer to a question that is not relevant
     * is kept and has no effect until it becomes relevant).
     *
     * @throws InvalidAnswerException naming the question and the allowed values
     */
    public void answer(String question, String value) {
        advisor.validate(question, value);
        answers.put(question, value);
        session.putAll(Map.of(question, value));
    }

    /** Gives several answers at once, for example those of a saved file being resumed. */
    public void answerAll(Map<String, String> given) {
        Map<String, String> checked = advisor.validated(Objects.requireNonNull(given, "given"));
        answers.putAll(checked);
        session.putAll(checked);
    }

    /** Takes back the answer to {@code question}; it becomes unanswered again. */
    public void withdraw(String question) {
        Objects.requireNonNull(question, "question");
        answers.remove(question);
        session.remove(question);
    }

    /** Every answer given so far, relevant or not, in catalogue order. */
    public Map<String, String> answers() {
        return advisor.validated(answers);
    }

    /** The findings so far, explained and ordered: the same as {@link #assessment()} gives. */
    public List<Finding> findings() {
        return assessment().findings();
    }

    /**
     * The assessment of the answers so far: the same as {@link Advisor#assess} gives for {@link #answers()}.
     * It is worked out afresh rather than read from the live session: after answers change, truth maintenance
     * keeps the right findings there, but a finding two rules support keeps the explanation of the rule that
     * supported it first, which may rest on an answer that no longer counts.
     */
    public Assessment assessment() {
        return advisor.assess(answers());
    }

    /** Why {@code question} is asked now: the rule that made it relevant and what it cites (empty if it is not). */
    public List<Relevance> whyAsked(String question) {
        return advisor.explainer().relevance(Objects.requireNonNull(question, "question"), session);
    }

    @Override
    public void close() {
        session.close();
    }
}
