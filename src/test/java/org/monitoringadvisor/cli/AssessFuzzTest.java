package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFileFuzzTestCases;

/** The fuzzed answers files through {@code assess}: exit 2 and one plain line on standard error, never a trace. */
class AssessFuzzTest {

    @TempDir
    Path dir;

    @Test
    void brokenFilesExitWithTwoAndAMessageWithoutAStackTrace() throws Exception {
        List<byte[]> cases = AnswersFileFuzzTestCases.cases(7L, 24);
        int refused = 0;
        for (int i = 0; i < cases.size(); i++) {
            Path file = dir.resolve("case-" + i + (i % 2 == 0 ? ".yaml" : ".json"));
            Files.write(file, cases.get(i));

            CliRun run = CliRun.run("assess", "--answers", file.toString(), "--format", "json");

            if (run.exitCode() == ExitCode.OK) {
                continue; // the mutation left a valid file
            }
            refused++;
            assertThat(run.exitCode()).as("case %d: %s", i, run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).as("case %d", i).isEmpty();
            assertThat(run.err()).as("case %d", i).startsWith("monitoring-advisor: " + file + ":")
                    .doesNotContain("\tat ").doesNotContain("Exception");
        }
        assertThat(refused).isGreaterThan(cases.size() / 2);
    }
}
