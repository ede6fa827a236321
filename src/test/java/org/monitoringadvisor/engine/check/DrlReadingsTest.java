package org.monitoringadvisor.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;

/** The DRL read for the lint is read once when the compiler lints the same files again. */
class DrlReadingsTest {

    private static final String RULE = "package rules;\nrule \"a\"\nwhen\nthen\nend\n";

    @Test
    void theSameFilesAreReadOnceAndEditedOnesAnew() {
        List<RuleFile> files = List.of(new RuleFile("a.drl", "rules/a.drl", RULE));
        List<DrlFile> first = DrlReadings.of(files);

        assertThat(DrlReadings.of(List.of(new RuleFile("a.drl", "rules/a.drl", RULE)))).isSameAs(first);
        List<DrlFile> edited = DrlReadings.of(List.of(new RuleFile("a.drl", "rules/a.drl",
                RULE.replace("\"a\"", "\"b\""))));
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.get(0).rules()).extracting(DrlRule::name).containsExactly("b");
    }
}
