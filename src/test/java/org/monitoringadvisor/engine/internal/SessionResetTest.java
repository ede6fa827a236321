package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Question;

/**
 * The pool resets a session with {@link SessionReset}, which must leave it as Drools' own reset does: random answer
 * sets, some changed and withdrawn midway, go through sessions reset each way in turn, and everything they show
 * must be the same, down to every rule firing in order with the facts it matched and inserted (the order rules fire
 * in decides which firing explains a fact two rules justify). {@code -Dreset.sets=100000} runs more sets.
 */
class SessionResetTest {

    private final Knowledge knowledge = Knowledge.load(KnowledgeFiles.builtIn());
    private final CompiledRules ours = PrecompiledRules.load(knowledge)
            .orElseGet(() -> RuleBaseCompiler.compile(knowledge));
    private final CompiledRules drools = ours.withDroolsReset();
    private final Explainer explainer = new Explainer(knowledge, ours);
    private final QuestionOrder order = new QuestionOrder(knowledge.questions());

    @Test
    void worksOnThisDrools() {
        assertThat(SessionReset.available()).as("the session fields the pool's reset clears were found").isTrue();
    }

    @Test
    void aSessionResetByThePoolFiresAndConcludesWhatOneResetByDroolsDoes() {
        int sets = Integer.getInteger("reset.sets", 1_500);
        Random random = new Random(23);
        List<Question> questions = knowledge.questions().all();
        for (int i = 0; i < sets; i++) {
            Map<String, String> first = RandomAnswers.draw(questions, random);
            Map<String, String> later = i % 3 == 0 ? RandomAnswers.draw(questions, random) : Map.of();
            String withdrawn = i % 5 == 0 ? questions.get(random.nextInt(10)).id() : null;

            String byOurs = assess(ours, first, later, withdrawn);
            String byDrools = assess(drools, first, later, withdrawn);

            assertThat(byOurs).as("answer set %d: %s, then %s, without %s", i, first, later, withdrawn)
                    .isEqualTo(byDrools);
        }
        assertThat(ours.sessions().built()).as("one session, reset %d times", sets).isEqualTo(1);
        assertThat(drools.sessions().built()).isEqualTo(1);
    }

    /** What a report shows, after every firing in order: rule, facts matched and facts inserted. */
    private String assess(CompiledRules rules, Map<String, String> first, Map<String, String> later,
                          String withdrawn) {
        List<String> firings = new ArrayList<>();
        try (RuleSession session = new RuleSession(rules, order, first,
                (RuleFiring firing) -> firings.add(firing.toString()))) {
            if (!later.isEmpty()) {
                session.putAll(later);
            }
            if (withdrawn != null) {
                session.remove(withdrawn);
            }
            String shown = ShownBySession.of(explainer, session); // fires the lead-with rule too
            return shown + "\n" + String.join("\n", firings);
        }
    }
}
