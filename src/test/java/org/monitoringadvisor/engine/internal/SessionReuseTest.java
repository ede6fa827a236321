package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Question;

/**
 * A session given back to the pool is reset and handed out again; what it concludes next must be exactly what a
 * session built anew concludes. Random answer sets, some changed and withdrawn midway as an interview does, go
 * through both, one after another, so every reused session carries the leftovers of a different assessment.
 */
class SessionReuseTest {

    private final Knowledge knowledge = Knowledge.load(KnowledgeFiles.builtIn());
    private final CompiledRules reused = PrecompiledRules.load(knowledge)
            .orElseGet(() -> RuleBaseCompiler.compile(knowledge));
    private final CompiledRules fresh = reused.withoutReuse();
    private final Explainer explainer = new Explainer(knowledge, reused);
    private final QuestionOrder order = new QuestionOrder(knowledge.questions());

    @Test
    void aReusedSessionConcludesWhatAFreshOneDoes() {
        Random random = new Random(17);
        List<Question> questions = knowledge.questions().all();
        for (int i = 0; i < 600; i++) {
            Map<String, String> first = RandomAnswers.draw(questions, random);
            Map<String, String> later = i % 3 == 0 ? RandomAnswers.draw(questions, random) : Map.of();
            String withdrawn = i % 5 == 0 ? questions.get(random.nextInt(10)).id() : null;

            String byReused = assess(reused, first, later, withdrawn);
            String byFresh = assess(fresh, first, later, withdrawn);

            assertThat(byReused).as("answer set %d: %s, then %s, without %s", i, first, later, withdrawn)
                    .isEqualTo(byFresh);
        }
        assertThat(reused.sessions().built()).as("sessions built for 600 assessments in turn").isEqualTo(1);
        // One more than the assessments: the empty session that finds which questions are asked before any answer.
        assertThat(fresh.sessions().built()).isEqualTo(600 + 1);
    }

    /** Everything a report shows: findings with their explanations, the relevant questions and why, the picks. */
    private String assess(CompiledRules rules, Map<String, String> first, Map<String, String> later,
                          String withdrawn) {
        try (RuleSession session = new RuleSession(rules, order, first, null)) {
            if (!later.isEmpty()) {
                session.putAll(later);
            }
            if (withdrawn != null) {
                session.remove(withdrawn);
            }
            return ShownBySession.of(explainer, session);
        }
    }
}
