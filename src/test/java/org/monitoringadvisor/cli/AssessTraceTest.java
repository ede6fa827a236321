package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.authoring.RunawayRulesTest;
import org.monitoringadvisor.authoring.TinyRuleBase;

/** {@code assess --trace}: firings in order on standard error; the report on standard output is unchanged. */
class AssessTraceTest {

    @TempDir
    Path dir;

    @Test
    void theTraceGoesToStandardErrorAndTheJsonIsUntouched() throws Exception {
        Path answers = Files.writeString(dir.resolve("a.yaml"), "answers:\n  personal-use: banned\n"
                + "  social-media-access: blocked\n");

        CliRun plain = CliRun.run("assess", "--answers", answers.toString(), "--format", "json");
        CliRun traced = CliRun.run("assess", "--answers", answers.toString(), "--format", "json", "--trace");

        assertThat(traced.exitCode()).isZero();
        assertThat(traced.out()).isEqualTo(plain.out());
        new ObjectMapper().readTree(traced.out());
        assertThat(traced.err()).startsWith("Rule firings, in order (").contains(
                "\"Every assessment asks whether personal use is allowed\"\n        inserted: Ask( personal-use )\n",
                "\"A ban on personal use together with blocked social networks is a heavy-handed regime\"\n"
                        + "        matched:  Judgement( personal-use-banned ); Judgement( social-networks-blocked )\n"
                        + "        inserted: Conclusion( heavy-handed-regime )\n");
        assertThat(plain.err()).isEmpty();
    }

    @Test
    void theSameAnswersGiveTheSameTrace() throws Exception {
        Path answers = Files.writeString(dir.resolve("a.yaml"), "answers:\n  policy-exists: 'yes'\n"
                + "  monitoring-practice: routine\n");

        CliRun first = CliRun.run("assess", "--answers", answers.toString(), "--trace");
        CliRun second = CliRun.run("assess", "--answers", answers.toString(), "--trace");

        assertThat(first.err()).isEqualTo(second.err()).contains("Answer( monitoring-practice = routine )");
    }

    @Test
    void aRunawayRuleIsAnErrorNamingItNotAHang() throws Exception {
        TinyRuleBase base = TinyRuleBase.in(dir).write("runaway.drl", RunawayRulesTest.RUNAWAY);
        Path answers = Files.writeString(dir.resolve("a.yaml"), "answers:\n  monitoring-practice: routine\n");

        CliRun run = CliRun.run("assess", "--rules", base.folder().toString(), "--answers", answers.toString(),
                "--trace");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("\"Count for ever\"\n", "... and ", " more, not listed\n",
                "monitoring-advisor: the rules fired 10000 times without settling and were stopped; the busiest were "
                        + "\"Count for ever\" (10000 firings)");
    }
}
