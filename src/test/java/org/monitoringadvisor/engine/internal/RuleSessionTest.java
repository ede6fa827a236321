package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Assessment;

/** A session's lead-with picks are its last answer: they leave the findings' descriptions in working memory. */
class RuleSessionTest {

    @Test
    void afterTheLeadWithPicksTheAnswersCannotChange() {
        Knowledge knowledge = Knowledge.load(KnowledgeFiles.builtIn());
        CompiledRules rules = PrecompiledRules.load(knowledge).orElseGet(() -> RuleBaseCompiler.compile(knowledge));
        QuestionOrder order = new QuestionOrder(knowledge.questions());
        Map<String, String> answers = AnswersFileReader.read(Path.of("facts-samples/call-centre-draconian.yaml"))
                .answers();
        Assessment assessed = Advisor.builtIn().assess(answers);
        Explainer explainer = new Explainer(knowledge, rules);

        try (RuleSession session = new RuleSession(rules, order, answers, null)) {
            List<String> picks = explainer.leadWith(explainer.findings(session), session);

            assertThat(picks).isEqualTo(assessed.leadWith()).isNotEmpty();
            assertThatThrownBy(() -> session.putAll(Map.of("personal-use", "allowed")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot change");
            assertThatThrownBy(() -> session.remove("personal-use")).isInstanceOf(IllegalStateException.class);
        }
    }

    /**
     * Answers given when the session opens skip the first round of firing (the answers to the questions asked
     * before any answer go in at once); what the session concludes must be what the same answers given to an
     * empty session conclude: findings with their explanations, relevant questions and why, the picks.
     */
    @Test
    void answersGivenUpFrontConcludeWhatTheSameAnswersGivenLaterDo() {
        Knowledge knowledge = Knowledge.load(KnowledgeFiles.builtIn());
        CompiledRules rules = PrecompiledRules.load(knowledge).orElseGet(() -> RuleBaseCompiler.compile(knowledge));
        QuestionOrder order = new QuestionOrder(knowledge.questions());
        Explainer explainer = new Explainer(knowledge, rules);
        Random random = new Random(23);
        for (int i = 0; i < 300; i++) {
            Map<String, String> answers = RandomAnswers.draw(knowledge.questions().all(), random);
            String upFront;
            try (RuleSession session = new RuleSession(rules, order, answers, null)) {
                upFront = ShownBySession.of(explainer, session);
            }
            String later;
            try (RuleSession session = new RuleSession(rules, order)) {
                session.putAll(answers);
                later = ShownBySession.of(explainer, session);
            }
            assertThat(upFront).as("answer set %d: %s", i, answers).isEqualTo(later);
        }
    }
}
