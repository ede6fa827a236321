package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.authoring.RunawayRulesTest;
import org.monitoringadvisor.authoring.TinyRuleBase;

/** {@code test}: scenarios pass or fail readably; exit 0 all passed, 1 a failure, 2 bad usage or a broken file. */
class TestCommandTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInScenariosAllPassWithFullCoverage() {
        CliRun run = CliRun.run("test", "--coverage");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("FAIL", "ERROR", "never fired", "never asked")
                .containsPattern("(\\d+) scenarios in \\d+ files: \\1 passed, 0 failed\n")
                .containsPattern("rules fired: (\\d+) of \\1\n");
    }

    @Test
    void aFailingScenarioShowsExpectedBesideActualAndExitsWithOne() throws Exception {
        Path scenario = Files.writeString(dir.resolve("wrong.yaml"), """
                scenarios:
                  - name: Banned use is wrongly expected to be a strength
                    given: {personal-use: banned}
                    present: [{id: personal-use-banned, kind: strength}]
                """);

        CliRun run = CliRun.run("test", scenario.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).contains("FAIL  " + scenario + ":2  Banned use is wrongly expected to be a strength\n",
                "present   {id: personal-use-banned, kind: strength}    found only personal-use-banned (gap, high, "
                        + "rule \"A ban on personal use is a gap: ask for responsible personal use\")",
                "1 scenario in 1 file: 0 passed, 1 failed");
    }

    @Test
    void traceListsTheFiringsOfAFailingScenario() throws Exception {
        Path scenario = Files.writeString(dir.resolve("wrong.yaml"), """
                scenarios:
                  - name: Wrong
                    given: {personal-use: banned}
                    absent: [personal-use-banned]
                """);

        CliRun run = CliRun.run("test", "--trace", scenario.toString());

        assertThat(run.out()).contains("Trace of " + scenario + ":2  Wrong\nRule firings, in order",
                "\"A ban on personal use is judged heavy-handed\"\n        matched:  Answer( personal-use = banned )\n"
                        + "        inserted: Judgement( personal-use-banned )");
    }

    @Test
    void aRulesFolderRunsItsOwnScenarios() {
        TinyRuleBase base = TinyRuleBase.in(dir);

        CliRun run = CliRun.run("test", "--rules", base.folder().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("3 scenarios in 1 file: 3 passed, 0 failed\n");
    }

    @Test
    void scenariosOnRunawayRulesAreErrorsNotAHang() {
        TinyRuleBase base = TinyRuleBase.in(dir).write("runaway.drl", RunawayRulesTest.RUNAWAY);

        CliRun run = CliRun.run("test", "--rules", base.folder().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).contains("ERROR " + base.folder().resolve("scenarios/tiny.yaml") + ":6  Allowed use is a "
                + "strength\n      the rules fired 10000 times without settling and were stopped; the busiest were "
                + "\"Count for ever\"").endsWith("3 scenarios in 1 file: 1 passed, 0 failed, 2 could not run\n");
    }

    @Test
    void aBrokenScenarioFileIsBadInputNamingFileAndLine() throws Exception {
        Path scenario = Files.writeString(dir.resolve("typo.yaml"), """
                scenarios:
                  - name: Typo
                    given: {personal-use: baned}
                    present: [personal-use-banned]
                """);

        CliRun run = CliRun.run("test", scenario.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("monitoring-advisor: " + scenario + ":3: \"baned\" is not an answer to "
                + "personal-use; allowed: allowed, limited, banned, unknown; did you mean \"banned\"?\n");
    }

    @Test
    void aRulesFolderWithoutScenariosIsBadUsage() throws Exception {
        TinyRuleBase base = TinyRuleBase.in(dir);
        Files.delete(base.folder().resolve("scenarios/tiny.yaml"));

        CliRun run = CliRun.run("test", "--rules", base.folder().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no scenario files found in " + base.folder().resolve("scenarios"));
    }
}
