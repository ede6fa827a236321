package org.monitoringadvisor.engine.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleFailedException;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.engine.RuleLoopException;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Ask;
import org.monitoringadvisor.model.Concluded;
import org.monitoringadvisor.model.Conclusion;
import org.monitoringadvisor.model.LeadWith;
import org.monitoringadvisor.model.SettledFindings;

/**
 * One assessment's Drools session. It holds every answer given, but keeps an {@link Answer} in working memory
 * only while some rule makes its question relevant (an {@link org.monitoringadvisor.model.Ask}), so an answer to a
 * question that does not apply is kept and has no effect. After each change it fires the rules and re-syncs the
 * answers until nothing moves. Not thread-safe: a session belongs to one caller.
 */
public final class RuleSession implements AutoCloseable {

    /** Firings allowed in one round before the rules are taken to be looping. */
    public static final int FIRING_LIMIT = 10_000;

    /** Facts rules may insert in one assessment: the built-in rules insert well under a hundred. */
    public static final int INSERT_LIMIT = 100_000;

    /** Wall-clock time one assessment's rules may take: the built-in rules take well under a millisecond. */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(10);

    private final CompiledRules rules;
    private final Duration budget;
    private final SessionPool.Pooled pooled;
    private final KieSession session;
    private final ExplanationRecorder recorder;
    /** The order answers enter and leave working memory in: the catalogue's. */
    private final QuestionOrder order;
    /**
     * By the question's catalogue position: the answer given (null for none), and the answer in working memory, its
     * handle and the value it was inserted with (null for none). Walking positions in turn walks catalogue order.
     */
    private final String[] given;
    private final FactHandle[] held;
    private final String[] heldValues;
    private int givenCount;
    /** Scratch for {@link #syncAnswers}: the positions to take out and to put in, decided before anything moves. */
    private final int[] goingOut;
    private final int[] comingIn;
    /** Set once {@link #leadWith} has run: the findings' descriptions are in working memory for good. */
    private boolean finished;
    /** Set when the rules failed or were stopped midway: such a session is not reused. */
    private boolean failed;
    private boolean closed;

    /** Opens a session on {@code rules}; {@code questionOrder} fixes the order answers enter working memory. */
    public RuleSession(CompiledRules rules, QuestionOrder questionOrder) {
        this(rules, questionOrder, Map.of(), null);
    }

    /** As above, handing every rule firing to {@code firings} (null for none), from the first one on. */
    public RuleSession(CompiledRules rules, QuestionOrder questionOrder, Consumer<RuleFiring> firings) {
        this(rules, questionOrder, Map.of(), firings);
    }

    /**
     * Opens a session with answers already given, which costs one round of firing less than opening it empty and
     * then adding them; every rule firing goes to {@code firings} (null for none).
     */
    public RuleSession(CompiledRules rules, QuestionOrder questionOrder, Map<String, String> answers,
                       Consumer<RuleFiring> firings) {
        this(rules, questionOrder, answers, firings, TIME_BUDGET);
    }

    /** As above, with {@code budget} as the wall-clock time each change of answers may take the rules. */
    public RuleSession(CompiledRules rules, QuestionOrder questionOrder, Map<String, String> answers,
                       Consumer<RuleFiring> firings, Duration budget) {
        this(rules, questionOrder, answers, firings, budget, true);
    }

    /**
     * A session for one assessment of {@code answers}, which will not be asked why a question is relevant (see
     * {@link #firingOf}): unless some rule matches {@link Ask} facts (so that a finding's explanation may pass
     * through one), it need not remember the firing behind each.
     */
    public static RuleSession forAssessment(CompiledRules rules, QuestionOrder questionOrder,
                                            Map<String, String> answers, Consumer<RuleFiring> firings,
                                            Duration budget) {
        return new RuleSession(rules, questionOrder, answers, firings, budget, false);
    }

    private RuleSession(CompiledRules rules, QuestionOrder questionOrder, Map<String, String> answers,
                        Consumer<RuleFiring> firings, Duration budget, boolean explainsRelevance) {
        this.budget = budget;
        this.order = questionOrder;
        this.rules = rules;
        this.recorder = new ExplanationRecorder(questionOrder, firings,
                explainsRelevance || rules.sessions().matchedTypes().matches(Ask.class));
        int questions = questionOrder.size();
        this.given = new String[questions];
        this.held = new FactHandle[questions];
        this.heldValues = new String[questions];
        this.goingOut = new int[questions];
        this.comingIn = new int[questions];
        // Worked out (once per rule base) before this session is taken, so that it can use an idle one.
        Set<String> preload = answers.isEmpty() ? null : askedFirst();
        this.pooled = rules.sessions().take();
        this.session = pooled.session();
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        give(answers);
        try {
            settle(preload);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Records answers (replacing earlier ones to the same questions) and brings the conclusions up to date. */
    public void putAll(Map<String, String> answers) {
        checkNotFinished();
        give(answers);
        settle(null);
    }

    /** Forgets the answer to {@code question} (if it has one) and brings the conclusions up to date. */
    public void remove(String question) {
        checkNotFinished();
        int position = order.position(question);
        if (position < given.length && given[position] != null) {
            given[position] = null;
            givenCount--;
        }
        settle(null);
    }

    /** The questions the rules currently make relevant. */
    public Set<String> relevantQuestions() {
        return new TreeSet<>(recorder.askedInOrder());
    }

    /** The questions the rules currently make relevant, in catalogue order. */
    public List<String> relevantInOrder() {
        return List.copyOf(recorder.askedInOrder());
    }

    /** The current conclusions, in no particular order; a live, unmodifiable view. */
    public Set<Conclusion> unorderedConclusions() {
        return recorder.conclusions();
    }

    /** The current conclusions, sorted by finding id. */
    public List<Conclusion> conclusions() {
        List<Conclusion> conclusions = new ArrayList<>(recorder.conclusions());
        conclusions.sort(Comparator.comparing(Conclusion::finding));
        return conclusions;
    }

    /**
     * Asks the lead-with rules which findings to open the negotiation with: inserts {@code concluded} (the findings'
     * descriptions, in report order) as one {@link SettledFindings} fact and as a {@link Concluded} fact each, either
     * only if some rule matches it, fires and reads the {@link LeadWith} facts. This is the session's last question:
     * the descriptions and the picks stay in working memory (taking them out again cost as much as putting them in),
     * so answers can no longer change.
     *
     * @return the picked finding ids, first point first
     */
    public List<String> leadWith(List<Concluded> concluded) {
        finished = true;
        MatchedTypes matched = rules.sessions().matchedTypes();
        if (matched.matches(SettledFindings.class)) {
            session.insert(new SettledFindings(concluded));
        }
        if (matched.matches(Concluded.class)) {
            concluded.forEach(session::insert);
        }
        failed = true; // until the rules have settled
        try {
            fire();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw converted(e);
        }
        failed = false;
        List<LeadWith> picks = new ArrayList<>(recorder.leads());
        picks.sort(Comparator.comparingInt(LeadWith::rank).thenComparing(LeadWith::finding));
        List<String> ids = new ArrayList<>(picks.size());
        picks.forEach(pick -> {
            if (!ids.contains(pick.finding())) {
                ids.add(pick.finding());
            }
        });
        return ids;
    }

    /**
     * The rule firing that inserted {@code fact}, or null if the engine inserted it.
     *
     * @throws IllegalStateException for an {@link Ask} in a session {@link #forAssessment} that does not keep them
     */
    public Firing firingOf(Object fact) {
        return recorder.firingOf(fact);
    }

    /** Records answers, each to a question of the catalogue (answers are validated before they reach a session). */
    private void give(Map<String, String> answers) {
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            int position = order.position(answer.getKey());
            if (position >= given.length) {
                throw new IllegalArgumentException("no question \"" + answer.getKey() + "\" in the catalogue");
            }
            if (given[position] == null) {
                givenCount++;
            }
            given[position] = Objects.requireNonNull(answer.getValue(), "value");
        }
    }

    private void checkNotFinished() {
        if (finished) {
            throw new IllegalStateException("the lead-with picks were read; this session's answers cannot change");
        }
    }

    /** The questions relevant in a session of these rules with no answers; none if such a session fails. */
    private Set<String> askedFirst() {
        return rules.sessions().askedFirst(() -> {
            try (RuleSession empty = new RuleSession(rules, order)) {
                return empty.relevantQuestions();
            } catch (RuntimeException e) {
                return Set.of(); // this session will fail the same way and say why
            }
        });
    }

    /**
     * Fires and syncs the answers until nothing moves. The answers to the {@code preload} questions (null for none),
     * the questions relevant before any answer is in, go in before the first firing: the first round would fire
     * the rules on no answers and then let exactly those in.
     */
    private void settle(Set<String> preload) {
        recorder.startBudget(budget.toNanos());
        try {
            settleWithinBudget(preload != null && syncAnswers(positionsOf(preload)) ? 1 : 0);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            failed = true;
            throw converted(e);
        }
    }

    /**
     * What to throw for what the rules threw: as it is if it says what is wrong with the rules, else a {@link
     * RuleFailedException} naming the rule. A consequence can throw errors too: a class its Java names that cannot
     * be reached or loaded, a recursion without end.
     */
    private RuntimeException converted(Throwable thrown) {
        if (thrown instanceof RuleBaseException problem) {
            return problem;
        }
        if (thrown instanceof ExplanationRecorder.BudgetExceeded budgetExceeded) {
            return overBudget(budgetExceeded.outOfTime);
        }
        return failed(thrown);
    }

    /** {@code questions} as counts by catalogue position, 1 for each of them, as {@link #syncAnswers} reads them. */
    private int[] positionsOf(Set<String> questions) {
        int[] counts = new int[given.length];
        for (String question : questions) {
            int position = order.position(question);
            if (position < counts.length) {
                counts[position] = 1;
            }
        }
        return counts;
    }

    private void settleWithinBudget(int roundsDone) {
        int rounds = 2 * givenCount + 2;
        for (int round = roundsDone; round < rounds; round++) {
            fire();
            if (!syncAnswers(recorder.askCounts())) {
                return;
            }
        }
        throw new RuleBaseException("the rules keep switching questions between relevant and not relevant "
                + "(check rules that insert Ask facts depending on each other's answers)");
    }

    /**
     * Puts relevant answers into working memory and takes the others out; true if anything changed. {@code relevant}
     * counts, by catalogue position, what makes each question relevant (above 0: relevant). What goes out and what
     * comes in are both decided before anything moves (deleting an answer may withdraw asks), and each moves in
     * catalogue order: out first, then in.
     */
    private boolean syncAnswers(int[] relevant) {
        int out = 0;
        int in = 0;
        for (int position = 0; position < given.length; position++) {
            boolean leaving = held[position] != null
                    && (relevant[position] <= 0 || !heldValues[position].equals(given[position]));
            if (leaving) {
                goingOut[out++] = position;
            }
            if (relevant[position] > 0 && given[position] != null && (held[position] == null || leaving)) {
                comingIn[in++] = position;
            }
        }
        for (int i = 0; i < out; i++) {
            int position = goingOut[i];
            session.delete(held[position]);
            held[position] = null;
            heldValues[position] = null;
        }
        for (int i = 0; i < in; i++) {
            int position = comingIn[i];
            String value = given[position];
            held[position] = session.insert(order.answer(position, value));
            heldValues[position] = value;
        }
        return out > 0 || in > 0;
    }

    private void fire() {
        recorder.resetCounts();
        int fired = session.fireAllRules(FIRING_LIMIT);
        if (fired >= FIRING_LIMIT) {
            throw new RuleLoopException("the rules fired " + FIRING_LIMIT + " times without settling and were stopped; "
                    + "the busiest were " + recorder.busiestRules(3)
                    + " (look for a rule whose consequence re-triggers its own conditions)", recorder.busiest(3));
        }
    }

    /** A rule stopped for inserting too much or running too long; Drools may have wrapped our signal. */
    private RuleFailedException overBudget(boolean outOfTime) {
        // Out of time, the rule that fired most is the one to look at; the one running may be an innocent bystander.
        List<String> busiest = recorder.busiest(1);
        String rule = outOfTime && !busiest.isEmpty() ? busiest.get(0) : recorder.firingRule();
        String who = rule == null ? "the rules" : "the rule \"" + rule + "\" (" + rules.rule(rule).location() + ")";
        String what = outOfTime ? "took longer than " + seconds(budget)
                : "inserted more than " + INSERT_LIMIT + " facts";
        return new RuleFailedException("the assessment was stopped: " + who + " " + what
                + " (the built-in rules need a tiny fraction of that; look for a rule that never stops)", rule,
                outOfTime, null);
    }

    private static String seconds(Duration budget) {
        long millis = budget.toMillis();
        if (millis == 1000) {
            return "1 second";
        }
        return millis % 1000 == 0 ? millis / 1000 + " seconds" : millis / 1000.0 + " seconds";
    }

    /** A condition or consequence threw: name the rule and what it threw, keeping the exception for --trace. */
    private RuleFailedException failed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExplanationRecorder.BudgetExceeded budget) {
                return overBudget(budget.outOfTime);
            }
            if (cause instanceof RuleFailedException already) {
                return already;
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rule = recorder.firingRule();
        String who = rule == null ? "a rule's condition" : "the rule \"" + rule + "\" ("
                + rules.rule(rule).location() + ")";
        String said = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return new RuleFailedException(who + " failed with " + root.getClass().getSimpleName() + said
                + " (run with --trace for the stack trace)", rule, false, root);
    }

    /** Gives the Drools session back to its pool; closing twice does nothing more. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        session.removeEventListener((AgendaEventListener) recorder);
        session.removeEventListener((RuleRuntimeEventListener) recorder);
        rules.sessions().give(pooled, failed);
    }
}
