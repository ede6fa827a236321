package org.monitoringadvisor.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;

/** The compiler takes up the lint {@code check} made of the same knowledge instead of linting it again. */
class RuleBaseLintTest {

    @Test
    void theCompilerTakesUpTheLintOfTheSameKnowledgeOnly() {
        KnowledgeFiles files = KnowledgeFiles.builtIn();
        Knowledge knowledge = Knowledge.load(files);
        RuleBaseLint checked = RuleBaseLint.of(knowledge, files);

        assertThat(RuleBaseLint.forCompiler(knowledge)).isSameAs(checked);
        RuleBaseLint own = RuleBaseLint.of(knowledge);
        assertThat(checked.errors()).isEqualTo(own.errors());
        assertThat(checked.rules()).isEqualTo(own.rules()).isNotEmpty();
        assertThat(checked.readable()).isEqualTo(own.readable()).isTrue();

        Knowledge loadedAgain = Knowledge.load(files);
        RuleBaseLint other = RuleBaseLint.forCompiler(loadedAgain);
        assertThat(other).isNotSameAs(checked);
        assertThat(other.rules()).isEqualTo(checked.rules());
    }
}
