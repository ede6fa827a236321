package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Question;

/**
 * Sessions insert one shared {@link Answer} fact per option of each question; sessions holding the same facts at
 * once, on one thread or two, must conclude what each concludes alone, and an answer changed away and back must
 * conclude what it did the first time.
 */
class AnswerFactsTest {

    private final Knowledge knowledge = Knowledge.load(KnowledgeFiles.builtIn());
    private final CompiledRules rules = PrecompiledRules.load(knowledge)
            .orElseGet(() -> RuleBaseCompiler.compile(knowledge));
    private final QuestionOrder order = new QuestionOrder(knowledge.questions());
    private final Explainer explainer = new Explainer(knowledge, rules);
    private final List<Question> questions = knowledge.questions().all();

    @Test
    void everyOptionHasOneFactSharedByEverySessionAndOtherValuesGetTheirOwn() {
        for (Question question : questions) {
            int position = order.position(question.id());
            for (String value : question.values()) {
                Answer shared = order.answer(position, new String(value)); // not the catalogue's copy
                assertThat(shared).isEqualTo(new Answer(question.id(), value))
                        .isSameAs(order.answer(position, value));
            }
            Answer other = order.answer(position, "not-an-option");
            assertThat(other).isEqualTo(new Answer(question.id(), "not-an-option"))
                    .isNotSameAs(order.answer(position, "not-an-option"));
        }
    }

    @Test
    void sessionsHoldingTheSameAnswerFactsAtOnceConcludeWhatEachDoesAlone() throws Exception {
        Random random = new Random(7);
        List<Map<String, String>> sets = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Map<String, String> answers = RandomAnswers.draw(questions, random);
            sets.add(answers);
            try (RuleSession session = new RuleSession(rules, order, answers, null)) {
                alone.add(ShownBySession.of(explainer, session));
            }
        }

        // Three sessions open at once on one thread, on overlapping answers, closed in another order.
        for (int i = 0; i + 2 < sets.size(); i++) {
            RuleSession first = new RuleSession(rules, order, sets.get(i), null);
            RuleSession second = new RuleSession(rules, order, sets.get(i + 1), null);
            RuleSession third = new RuleSession(rules, order, sets.get(i), null);
            second.close();
            assertThat(ShownBySession.of(explainer, third)).isEqualTo(alone.get(i));
            third.close();
            assertThat(ShownBySession.of(explainer, first)).isEqualTo(alone.get(i));
            first.close();
        }

        // Two threads assessing the same sets at once.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                results.add(threads.submit(() -> {
                    List<String> shown = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        for (Map<String, String> answers : sets) {
                            try (RuleSession session = new RuleSession(rules, order, answers, null)) {
                                shown.add(ShownBySession.of(explainer, session));
                            }
                        }
                    }
                    return shown;
                }));
            }
            for (Future<List<String>> result : results) {
                List<String> shown = result.get();
                for (int i = 0; i < shown.size(); i++) {
                    assertThat(shown.get(i)).as("answer set %d", i % sets.size())
                            .isEqualTo(alone.get(i % sets.size()));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anAnswerChangedAwayAndBackConcludesWhatItDidFirst() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            Map<String, String> answers = RandomAnswers.draw(questions, random);
            if (answers.isEmpty()) {
                continue;
            }
            String question = List.copyOf(answers.keySet()).get(random.nextInt(answers.size()));
            String value = answers.get(question);
            String away = questions.get(order.position(question)).values().stream()
                    .filter(other -> !other.equals(value)).findFirst().orElseThrow();
            try (RuleSession session = new RuleSession(rules, order, answers, null)) {
                List<String> before = concluded(session);
                session.putAll(Map.of(question, away));
                session.putAll(Map.of(question, value));
                assertThat(concluded(session)).as("%s: %s, to %s and back", answers, question, away)
                        .isEqualTo(before);
            }
        }
    }

    /** The findings and the relevant questions: what no order of firing can change. */
    private static List<String> concluded(RuleSession session) {
        List<String> concluded = new ArrayList<>();
        session.conclusions().forEach(conclusion -> concluded.add(conclusion.finding()));
        concluded.addAll(session.relevantInOrder());
        return concluded;
    }
}
