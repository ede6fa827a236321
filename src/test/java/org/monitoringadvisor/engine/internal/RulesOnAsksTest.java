package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.BuiltInCopy;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Reason;

/**
 * An assessment forgets the firings behind Ask facts when no rule matches one; a rule base whose rules do match
 * them must still explain a finding through the Ask it rests on, back to the answers that made it relevant.
 */
class RulesOnAsksTest {

    @TempDir
    Path folder;

    @Test
    void aFindingThatRestsOnAnAskIsExplainedByTheAnswersBehindTheAsk() throws Exception {
        BuiltInCopy.into(folder);
        Path monitoring = folder.resolve("monitoring.drl");
        String rules = Files.readString(monitoring);
        String onTheAsk = "    Answer( question == \"monitoring-disclosed\", value == \"unknown\" )\n"
                + "then\n    insertLogical( new Conclusion( \"ask-monitoring-disclosed\" ) );";
        assertThat(rules).as("test setup: monitoring.drl concludes ask-monitoring-disclosed so").contains(onTheAsk);
        Files.writeString(monitoring, rules.replace(onTheAsk,
                "    Ask( question == \"monitoring-disclosed\" )\n" + onTheAsk));

        Finding finding = Advisor.fromFolder(folder)
                .assess(Map.of("monitoring-practice", "routine", "monitoring-disclosed", "unknown")).findings()
                .stream().filter(f -> f.id().equals("ask-monitoring-disclosed")).findFirst().orElseThrow();

        assertThat(finding.because()).extracting(Reason::question, Reason::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("monitoring-practice", "routine"),
                        org.assertj.core.groups.Tuple.tuple("monitoring-disclosed", "unknown"));
    }
}
