package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.engine.RuleLoopException;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Ask;
import org.monitoringadvisor.model.Conclusion;

/**
 * One assessment's Drools session. It holds every answer given, but keeps an {@link Answer} in working memory
 * only while some rule makes its question relevant (an {@link Ask}), so an answer to a question that does not
 * apply is kept and has no effect. After each change it fires the rules and re-syncs the answers until nothing
 * moves. Not thread-safe: a session belongs to one caller.
 */
public final class RuleSession implements AutoCloseable {

    /** Firings allowed in one round before the rules are taken to be looping. */
    public static final int FIRING_LIMIT = 10_000;

    private final KieSession session;
    private final ExplanationRecorder recorder;
    private final Comparator<String> questionOrder;
    private final Map<String, String> given = new HashMap<>();
    private final Map<String, FactHandle> inWorkingMemory = new HashMap<>();

    /** Opens a session on {@code rules}; {@code questionOrder} fixes the order answers enter working memory. */
    public RuleSession(CompiledRules rules, Comparator<String> questionOrder) {
        this(rules, questionOrder, null);
    }

    /** As above, handing every rule firing to {@code firings} (null for none), from the first one on. */
    public RuleSession(CompiledRules rules, Comparator<String> questionOrder, Consumer<RuleFiring> firings) {
        this.questionOrder = questionOrder;
        this.recorder = new ExplanationRecorder(firings);
        this.session = RuleBaseCompiler.withOwnClassLoader(rules.kieBase()::newKieSession);
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        settle();
    }

    /** Records answers (replacing earlier ones to the same questions) and brings the conclusions up to date. */
    public void putAll(Map<String, String> answers) {
        given.putAll(answers);
        settle();
    }

    /** Forgets the answer to {@code question} and brings the conclusions up to date. */
    public void remove(String question) {
        given.remove(question);
        settle();
    }

    /** The questions the rules currently make relevant. */
    public Set<String> relevantQuestions() {
        Set<String> relevant = new TreeSet<>();
        session.getObjects(o -> o instanceof Ask).forEach(o -> relevant.add(((Ask) o).question()));
        return relevant;
    }

    /** The current conclusions, sorted by finding id. */
    public List<Conclusion> conclusions() {
        List<Conclusion> conclusions = new ArrayList<>();
        session.getObjects(o -> o instanceof Conclusion).forEach(o -> conclusions.add((Conclusion) o));
        conclusions.sort(Comparator.comparing(Conclusion::finding));
        return conclusions;
    }

    /** The rule firing that inserted {@code fact}, or null if the engine inserted it. */
    public Firing firingOf(Object fact) {
        return recorder.firingOf(fact);
    }

    private void settle() {
        int rounds = 2 * given.size() + 2;
        for (int round = 0; round < rounds; round++) {
            fire();
            if (!syncAnswers(relevantQuestions())) {
                return;
            }
        }
        throw new RuleBaseException("the rules keep switching questions between relevant and not relevant "
                + "(check rules that insert Ask facts depending on each other's answers)");
    }

    /** Puts relevant answers into working memory and takes the others out; true if anything changed. */
    private boolean syncAnswers(Set<String> relevant) {
        boolean changed = false;
        for (String question : inWorkingMemory.keySet().stream().sorted(questionOrder).toList()) {
            FactHandle handle = inWorkingMemory.get(question);
            String value = given.get(question);
            boolean current = relevant.contains(question) && value != null
                    && value.equals(((Answer) session.getObject(handle)).value());
            if (!current) {
                session.delete(handle);
                inWorkingMemory.remove(question);
                changed = true;
            }
        }
        for (String question : given.keySet().stream().sorted(questionOrder).toList()) {
            if (relevant.contains(question) && !inWorkingMemory.containsKey(question)) {
                inWorkingMemory.put(question, session.insert(new Answer(question, given.get(question))));
                changed = true;
            }
        }
        return changed;
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

    @Override
    public void close() {
        session.dispose();
    }
}
