package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.RuleFailedException;

/** How a failed command is reported: user errors in one line with exit 2, bugs as bugs with their own code. */
class FailuresTest {

    private final StringWriter err = new StringWriter();

    @Test
    void aBugExitsWithItsOwnCodeSayingItIsOne() {
        int code = Cli.failed(new IllegalStateException("boom"), new PrintWriter(err), false);

        assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR).isNotIn(ExitCode.OK, ExitCode.FAILED, ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("monitoring-advisor: internal error (a bug, not a problem with your "
                + "input): IllegalStateException at ").contains("\tat ");
    }

    @Test
    void aRuleThatThrewIsOneLineWithoutItsTraceUnlessAskedFor() {
        RuleFailedException failure = new RuleFailedException("the rule \"X\" (x.drl:3) failed with "
                + "ArithmeticException: / by zero", "X", false, new ArithmeticException("/ by zero"));

        int quiet = Cli.failed(failure, new PrintWriter(err), false);
        String withoutTrace = err.toString();
        err.getBuffer().setLength(0);
        int traced = Cli.failed(failure, new PrintWriter(err), true);

        assertThat(quiet).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(traced).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(withoutTrace).isEqualTo("monitoring-advisor: " + failure.getMessage() + System.lineSeparator());
        assertThat(err.toString()).contains("java.lang.ArithmeticException: / by zero").contains("\tat ");
    }
}
