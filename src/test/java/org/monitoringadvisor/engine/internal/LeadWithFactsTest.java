package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.BuiltInCopy;
import org.monitoringadvisor.knowledge.RandomAnswers;

/**
 * The lead-with rules read the findings' descriptions as one {@code SettledFindings} fact; a rules folder written
 * before that, whose lead-with rule collects the {@code Concluded} facts one by one, must still get those facts and
 * choose the same points.
 */
class LeadWithFactsTest {

    @TempDir
    Path folder;

    @Test
    void aLeadWithRuleThatCollectsConcludedFactsOneByOneChoosesWhatTheBuiltInRuleChooses() throws Exception {
        BuiltInCopy.into(folder);
        Path leadWith = folder.resolve("lead-with.drl");
        String rule = Files.readString(leadWith);
        String collecting = rule
                .replace("$settled : SettledFindings()",
                        "$findings : List() from accumulate( $finding : Concluded(), collectList( $finding ) )")
                .replace("picks( $settled.findings() )", "picks( $findings )");
        assertThat(collecting).as("test setup: the built-in rule reads SettledFindings").isNotEqualTo(rule)
                .doesNotContain("SettledFindings()");
        Files.writeString(leadWith, collecting);
        Advisor oneByOne = Advisor.fromFolder(folder);
        Advisor advisor = Advisor.builtIn();

        Random random = new Random(29);
        int picked = 0;
        for (int i = 0; i < 200; i++) {
            Map<String, String> answers = RandomAnswers.draw(advisor.questions(), random);
            var expected = advisor.assess(answers).leadWith();
            assertThat(oneByOne.assess(answers).leadWith()).as("answer set %d: %s", i, answers).isEqualTo(expected);
            picked += expected.size();
        }
        assertThat(picked).as("the answer sets lead with something").isGreaterThan(200);
    }
}
