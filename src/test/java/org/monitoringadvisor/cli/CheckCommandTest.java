package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.authoring.TinyRuleBase;

/** {@code check}: the format editors and CI read, and the exit codes 0 (no errors), 1 (errors), 2 (bad usage). */
class CheckCommandTest {

    private static final String PROBLEM_LINE = ".+:\\d+:\\d+: (error|warning): .+";

    @TempDir
    Path dir;

    @Test
    void theBuiltInRuleBaseChecksCleanly() {
        CliRun run = CliRun.run("check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).matches("Checked \\d+ rules and \\d+ scenarios: 0 errors, 0 warnings\\.\\R");
    }

    @Test
    void errorsAreListedOneALineAndExitWithOne() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("tiny.drl", "value == \"banned\"", "value == \"baned\"");

        CliRun run = CliRun.run("check", "--rules", base.folder().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out().lines()).isNotEmpty().allMatch(line -> line.matches(PROBLEM_LINE));
        assertThat(run.out()).contains(base.folder().resolve("tiny.drl") + ":17:50: error: unknown value \"baned\" "
                + "for personal-use; allowed: allowed, limited, banned, unknown");
        assertThat(run.err()).contains("1 error");
    }

    @Test
    void warningsAloneExitWithZero() {
        TinyRuleBase base = TinyRuleBase.in(dir).replace("tiny.drl", "insertLogical( new Conclusion( \"routine-monitoring\" ) );",
                "insert( new Conclusion( \"routine-monitoring\" ) );");

        CliRun run = CliRun.run("check", "--rules", base.folder().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(base.folder().resolve("tiny.drl") + ":35:5: warning: use insertLogical, not "
                + "insert: a fact inserted plainly stays when the answers it rests on change\n");
        assertThat(run.err()).contains("0 errors, 1 warning.");
    }

    @Test
    void aFolderThatDoesNotExistIsBadUsage() {
        CliRun run = CliRun.run("check", "--rules", dir.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("nowhere: no such folder");
        assertThat(run.out()).isEmpty();
    }
}
