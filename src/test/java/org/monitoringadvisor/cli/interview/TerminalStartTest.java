package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

/** Opening the terminal starts no process for the common terminals, and uses no native library on Java 22+. */
class TerminalStartTest {

    @Test
    void aCommonTerminalIsDescribedByJLineItselfSoNoInfocmpProcessRuns() {
        TerminalConsole.useBuiltInDescription("screen-256color");

        assertThat(InfoCmp.getLoadedInfoCmp("screen-256color"))
                .isNotNull()
                .isEqualTo(InfoCmp.getDefaultInfoCmp("screen-256color"));
    }

    @Test
    void anUncommonTerminalIsStillAskedAbout() {
        TerminalConsole.useBuiltInDescription("vt52-monitoring-advisor-test");

        assertThat(InfoCmp.getLoadedInfoCmp("vt52-monitoring-advisor-test")).isNull();
    }

    @Test
    void theForeignFunctionProviderComesFirstOnlyWhereJavaHasIt() {
        assertThat(TerminalConsole.providers(25)).startsWith("ffm,").doesNotContain("exec");
        assertThat(TerminalConsole.providers(17)).doesNotContain("ffm").startsWith("jni");
    }
}
