package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The survey's progress bar: what it draws, and that it rubs itself out. */
class ProgressBarTest {

    @Test
    void showsTheShareDoneAndTheCount() {
        ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), "workplaces");

        assertThat(bar.line(3_000, 0.3)).isEqualTo("[#########.....................]  30%  3,000 workplaces");
        assertThat(bar.line(12, -1)).isEqualTo("12 workplaces");
    }

    @Test
    void isRedrawnInPlaceAndClearedBeforeOtherOutput() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), "workplaces");

        bar.update(1, 0.5);
        bar.clear();

        assertThat(out.toString()).startsWith("\r[").endsWith("\r");
        assertThat(out.toString().strip()).doesNotContain("\n");
    }
}
