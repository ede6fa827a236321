package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command printed for carrying on later must work when pasted into a shell. */
class ResumeCommandTest {

    @Test
    void namesTheFileAndTheRulesFolder() {
        assertThat(ResumeCommand.of(Path.of("answers-acme-2026-11-28.yaml"), null))
                .endsWith(".jar interview --resume answers-acme-2026-11-28.yaml").startsWith("java -jar ");
        assertThat(ResumeCommand.of(Path.of("a.yaml"), Path.of("my-rules")))
                .endsWith(" interview --rules my-rules --resume a.yaml");
    }

    @Test
    void quotesWordsTheShellWouldSplitOrExpand() {
        assertThat(ResumeCommand.quoted("answers 2026.yaml")).isEqualTo("'answers 2026.yaml'");
        assertThat(ResumeCommand.quoted("it's $HOME.yaml")).isEqualTo("'it'\\''s $HOME.yaml'");
        assertThat(ResumeCommand.quoted("plain/path-1.yaml")).isEqualTo("plain/path-1.yaml");
    }

    @Test
    void startsTheWayTheRepStartedThisOne() {
        assertThat(ResumeCommand.of(Path.of("a.yaml"), null, "bin/monitoring-advisor", null))
                .isEqualTo("bin/monitoring-advisor interview --resume a.yaml");
        assertThat(ResumeCommand.of(Path.of("a.yaml"), null, null, "/opt/Monitoring Advisor/bin/monitoring-advisor"))
                .isEqualTo("'/opt/Monitoring Advisor/bin/monitoring-advisor' interview --resume a.yaml");
        assertThat(ResumeCommand.of(Path.of("a.yaml"), null, null, null)).startsWith("java -jar ");
    }
}
