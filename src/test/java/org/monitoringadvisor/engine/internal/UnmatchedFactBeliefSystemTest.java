package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.PropagationContext;
import org.drools.core.common.TruthMaintenanceSystemFactory;
import org.drools.core.event.rule.impl.RuleRuntimeEventImpl;
import org.drools.tms.TruthMaintenanceSystemImpl;
import org.drools.tms.beliefsystem.simple.SimpleBeliefSystem;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Ask;
import org.monitoringadvisor.model.Conclusion;
import org.monitoringadvisor.model.Question;

/**
 * The pool's sessions keep the facts no rule matches ({@link Ask}, {@link Conclusion}) out of working memory; they
 * must conclude, explain and fire exactly as sessions that keep every fact in, as Drools does, and every other
 * session must keep Drools' behaviour. {@code -Dunmatched.sets=100000} runs more random interviews and assessments.
 */
class UnmatchedFactBeliefSystemTest {

    private final Knowledge knowledge = Knowledge.load(KnowledgeFiles.builtIn());
    private final CompiledRules keptOut = PrecompiledRules.load(knowledge)
            .orElseGet(() -> RuleBaseCompiler.compile(knowledge));
    private final CompiledRules everyFact = keptOut.withEveryFactInWorkingMemory();
    private final Explainer explainer = new Explainer(knowledge, keptOut);
    private final QuestionOrder order = new QuestionOrder(knowledge.questions());
    private final List<Question> questions = knowledge.questions().all();

    @Test
    void aPoolSessionKeepsTheAsksAndConclusionsOutOfWorkingMemory() {
        Map<String, String> answers = answersWithConclusions();

        List<Object> kept = workingMemoryAfter(keptOut, answers);
        List<Object> all = workingMemoryAfter(everyFact, answers);

        assertThat(all).as("Drools' way: the rules' asks and conclusions are in working memory")
                .hasAtLeastOneElementOfType(Ask.class).hasAtLeastOneElementOfType(Conclusion.class);
        assertThat(kept).as("kept out").noneMatch(UnmatchedFactBeliefSystemTest::unmatched);
        assertThat(kept).as("the facts rules match stay in").hasAtLeastOneElementOfType(Answer.class)
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(fact -> !unmatched(fact)).toList());
    }

    @Test
    void aSessionThatDoesNotAskForItKeepsEveryFactAsDroolsDoes() {
        Map<String, String> answers = answersWithConclusions();
        workingMemoryAfter(keptOut, answers); // a pool session has run in this JVM
        KieSession plain = RuleBaseCompiler.withOwnClassLoader(() -> keptOut.kieBase().newKieSession());
        try {
            answers.forEach((question, value) -> plain.insert(new Answer(question, value)));
            plain.fireAllRules();
            assertThat(new ArrayList<Object>(plain.getObjects()))
                    .hasAtLeastOneElementOfType(Ask.class).hasAtLeastOneElementOfType(Conclusion.class);
            assertThat(beliefSystemOf(TruthMaintenanceSystemFactory.get(), plain))
                    .isExactlyInstanceOf(SimpleBeliefSystem.class);
        } finally {
            plain.dispose();
        }
    }

    @Test
    void keptOutFactsConcludeExplainAndFireAsFactsInWorkingMemoryDo() {
        Random random = new Random(41);
        int sets = Integer.getInteger("unmatched.sets", 300);
        for (int i = 0; i < sets; i++) {
            Map<String, String> first = RandomAnswers.draw(questions, random);
            Map<String, String> changed = RandomAnswers.draw(questions, random);
            List<String> withdrawn = List.of(questions.get(random.nextInt(questions.size())).id(),
                    questions.get(random.nextInt(questions.size())).id());
            long seed = random.nextLong();

            String byKeptOut = interview(keptOut, first, changed, withdrawn, new Random(seed));
            String byEveryFact = interview(everyFact, first, changed, withdrawn, new Random(seed));
            assertThat(byKeptOut).as("interview %d: %s, then some of %s, without %s", i, first, changed, withdrawn)
                    .isEqualTo(byEveryFact);

            assertThat(assessment(keptOut, first)).as("assessment %d: %s", i, first)
                    .isEqualTo(assessment(everyFact, first));
        }
    }

    @Test
    void aStatedFactEqualToAKeptOutOneComesAndGoesWithTheSameEvents() {
        List<String> askedFirst;
        try (RuleSession empty = new RuleSession(keptOut.withoutReuse(), order)) { // both pools still unused
            askedFirst = empty.relevantInOrder().subList(0, 2);
        }
        List<String> keptOutEvents = new ArrayList<>();
        List<String> everyFactEvents = new ArrayList<>();
        List<Object> keptOutObjects = statedThenDeleted(keptOut, askedFirst, keptOutEvents);
        List<Object> everyFactObjects = statedThenDeleted(everyFact, askedFirst, everyFactEvents);

        assertThat(keptOutEvents).as("rules' asks under stated ones, then in their place, then deleted with them")
                .isEqualTo(everyFactEvents).contains("stated only", "stated and logical");
        Ask unstaged = new Ask(askedFirst.get(0));
        Ask deleted = new Ask(askedFirst.get(1));
        assertThat(everyFactObjects).contains(unstaged).doesNotContain(deleted);
        assertThat(keptOutObjects).doesNotContain(unstaged, deleted);
    }

    @Test
    void thePoolsSessionsGetTheBeliefSystemAndADroolsWithoutTheFieldKeepsItsOwn() {
        SessionPool.Pooled pooled = keptOut.sessions().take();
        try {
            assertThat(beliefSystemOf(TruthMaintenanceSystemFactory.get(), pooled.session()))
                    .isInstanceOf(UnmatchedFactBeliefSystem.class);
            assertThat(beliefSystemOf(new ConcurrentTruthMaintenanceFactory("noSuchField"), pooled.session()))
                    .as("the field not found: Drools' own belief system")
                    .isExactlyInstanceOf(SimpleBeliefSystem.class);
            assertThat(beliefSystemOf(new ConcurrentTruthMaintenanceFactory("assertBehaviour"), pooled.session()))
                    .as("a field that holds something else: Drools' own belief system")
                    .isExactlyInstanceOf(SimpleBeliefSystem.class);
        } finally {
            keptOut.sessions().give(pooled, true);
        }
    }

    private static boolean unmatched(Object fact) {
        return fact instanceof Ask || fact instanceof Conclusion;
    }

    /** Answers one at a time in a random order, some changed and two withdrawn, as a rep does in an interview. */
    private String interview(CompiledRules rules, Map<String, String> first, Map<String, String> changed,
                             List<String> withdrawn, Random random) {
        List<String> steps = new ArrayList<>();
        List<RuleFiring> firings = new ArrayList<>();
        try (RuleSession session = new RuleSession(rules, order, firings::add)) {
            List<String> given = new ArrayList<>(first.keySet());
            Collections.shuffle(given, random);
            for (String question : given) {
                session.putAll(Map.of(question, first.get(question)));
                steps.add(session.relevantInOrder() + " " + session.conclusions());
            }
            for (Map.Entry<String, String> change : changed.entrySet()) {
                if (random.nextInt(4) == 0) {
                    session.putAll(Map.of(change.getKey(), change.getValue()));
                    steps.add(session.relevantInOrder() + " " + session.conclusions());
                }
            }
            for (String question : withdrawn) {
                session.remove(question);
                steps.add(session.relevantInOrder() + " " + session.conclusions());
            }
            steps.add(ShownBySession.of(explainer, session));
        }
        return String.join("\n", steps) + "\n" + firings;
    }

    private String assessment(CompiledRules rules, Map<String, String> answers) {
        List<RuleFiring> firings = new ArrayList<>();
        try (RuleSession session = RuleSession.forAssessment(rules, order, answers, firings::add,
                RuleSession.TIME_BUDGET)) {
            return explainer.findings(session) + "\n" + session.relevantInOrder() + "\n" + firings;
        }
    }

    /** A random answer set that reaches some conclusion. */
    private Map<String, String> answersWithConclusions() {
        Random random = new Random(5);
        while (true) {
            Map<String, String> answers = RandomAnswers.draw(questions, random);
            try (RuleSession session = new RuleSession(everyFact, order, answers, null)) {
                if (!session.conclusions().isEmpty()) {
                    return answers;
                }
            }
        }
    }

    /** Every answer in, the rules fired: what the session's working memory then holds. */
    private static List<Object> workingMemoryAfter(CompiledRules rules, Map<String, String> answers) {
        SessionPool.Pooled pooled = rules.sessions().take();
        try {
            KieSession session = pooled.session();
            answers.forEach((question, value) -> session.insert(new Answer(question, value)));
            session.fireAllRules();
            return new ArrayList<>(session.getObjects());
        } finally {
            rules.sessions().give(pooled, true);
        }
    }

    /**
     * {@link Ask}s stated before the rules justify equal ones: the first then deleted as a stated fact only (the
     * rules' one takes its place), the second deleted altogether (the rules' one goes too). The events seen (with
     * handle ids and propagation numbers), and working memory at the end.
     */
    private static List<Object> statedThenDeleted(CompiledRules rules, List<String> questions, List<String> events) {
        SessionPool.Pooled pooled = rules.sessions().take();
        try {
            KieSession session = pooled.session();
            session.addEventListener(new EventLog(events));
            FactHandle first = session.insert(new Ask(questions.get(0)));
            FactHandle second = session.insert(new Ask(questions.get(1)));
            session.fireAllRules();
            events.add("stated only");
            session.delete(first, FactHandle.State.STATED);
            session.fireAllRules();
            events.add("stated and logical");
            session.delete(second);
            session.fireAllRules();
            return new ArrayList<>(session.getObjects());
        } finally {
            rules.sessions().give(pooled, true);
        }
    }

    private static Object beliefSystemOf(TruthMaintenanceSystemFactory factory, KieSession session) {
        InternalWorkingMemoryEntryPoint entryPoint =
                (InternalWorkingMemoryEntryPoint) session.getEntryPoint("DEFAULT");
        return ((TruthMaintenanceSystemImpl) factory.getOrCreateTruthMaintenanceSystem(entryPoint)).getBeliefSystem();
    }

    /** Inserts and deletes as they happen: the fact, its handle, the rule behind it and the propagation number. */
    private record EventLog(List<String> events) implements RuleRuntimeEventListener {

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            events.add("inserted " + event.getObject() + " " + describe(event.getFactHandle(), event));
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            events.add("updated " + event.getObject() + " " + describe(event.getFactHandle(), event));
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            events.add("deleted " + event.getOldObject() + " " + describe(event.getFactHandle(), event));
        }

        private static String describe(FactHandle handle, org.kie.api.event.rule.RuleRuntimeEvent event) {
            PropagationContext context = ((RuleRuntimeEventImpl) event).getPropagationContext();
            return "#" + ((InternalFactHandle) handle).getId() + " by "
                    + (context.getRuleOrigin() == null ? "-" : context.getRuleOrigin().getName())
                    + " in " + context.getPropagationNumber();
        }
    }
}
