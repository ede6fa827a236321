package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.knowledge.RuleBaseInfo;

/** --version says which product and which rule base a report came from. */
class VersionTest {

    @Test
    void printsTheProductAndTheRuleBaseVersion() {
        CliRun run = CliRun.run("--version");
        RuleBaseInfo rules = RuleBaseInfo.builtIn();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Monitoring Advisor ")
                .contains("rule base: " + rules.name() + ", version " + rules.version());
        assertThat(rules.version()).matches("\\d{4}\\.\\d+\\.\\d+");
    }
}
