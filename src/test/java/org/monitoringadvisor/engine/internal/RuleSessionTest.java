package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.model.Assessment;

/** A session's lead-with picks are its last answer: they leave the findings' descriptions in working memory. */
class RuleSessionTest {

    @Test
    void afterTheLeadWithPicksTheAnswersCannotChange() {
        Knowledge knowledge = Knowledge.load(KnowledgeFiles.builtIn());
        CompiledRules rules = PrecompiledRules.load(knowledge).orElseGet(() -> RuleBaseCompiler.compile(knowledge));
        QuestionOrder order = new QuestionOrder(knowledge.questions()::position);
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
}
