package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.knowledge.KnowledgeFiles;

/** {@code init-rules}: the built-in knowledge written out to edit; nothing overwritten unless asked; edits count. */
class InitRulesCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryBuiltInFileAndTheScenarios() throws Exception {
        Path rules = dir.resolve("rules");

        CliRun run = CliRun.run("init-rules", rules.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Wrote ").contains("check --rules " + rules);
        KnowledgeFiles builtIn = KnowledgeFiles.builtIn();
        for (String name : builtIn.names()) {
            assertThat(Files.readString(rules.resolve(name))).as(name).isEqualTo(builtIn.read(name));
        }
        assertThat(rules.resolve("scenarios/personal-use.yaml")).exists();
    }

    @Test
    void refusesToOverwriteAndWritesNothingWithoutForce() throws Exception {
        Path rules = dir.resolve("rules");
        CliRun.run("init-rules", rules.toString());
        Files.writeString(rules.resolve("questions.yaml"), "# my edits\n");
        Files.delete(rules.resolve("policy.drl"));

        CliRun again = CliRun.run("init-rules", rules.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).contains("already has", "nothing was written", "--force");
        assertThat(Files.readString(rules.resolve("questions.yaml"))).isEqualTo("# my edits\n");
        assertThat(rules.resolve("policy.drl")).doesNotExist();

        CliRun forced = CliRun.run("init-rules", "--force", rules.toString());

        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(rules.resolve("questions.yaml")))
                .isEqualTo(KnowledgeFiles.builtIn().read("questions.yaml"));
        assertThat(rules.resolve("policy.drl")).exists();
    }

    @Test
    void anEditToTheFolderTakesEffectAtTheNextRun() throws Exception {
        Path rules = dir.resolve("rules");
        CliRun.run("init-rules", rules.toString());
        Path answers = Files.writeString(dir.resolve("a.yaml"), "answers:\n  personal-use: allowed\n");
        Path findings = rules.resolve("personal-use.findings.yaml");
        Files.writeString(findings, Files.readString(findings).replace(
                "title: Responsible personal use of email and the internet is allowed",
                "title: Staff may use email and the internet for themselves"));
        Path drl = rules.resolve("personal-use.drl");
        // The author moves the strength from "allowed" to "limited" only.
        Files.writeString(drl, Files.readString(drl).replace("question == \"personal-use\", value == \"allowed\"",
                "question == \"personal-use\", value == \"limited\""));

        CliRun before = CliRun.run("assess", "--answers", answers.toString());
        CliRun edited = CliRun.run("assess", "--rules", rules.toString(), "--answers",
                Files.writeString(dir.resolve("b.yaml"), "answers:\n  personal-use: limited\n").toString());
        CliRun narrowed = CliRun.run("assess", "--rules", rules.toString(), "--answers", answers.toString());

        assertThat(before.out()).contains("Responsible personal use of email and the internet is allowed");
        assertThat(edited.out()).contains("Staff may use email and the internet for themselves");
        assertThat(narrowed.out()).doesNotContain("Staff may use email",
                "Responsible personal use of email and the internet is allowed");
    }

    @Test
    void copiesAnotherRulesFolderGivenWithRules() throws Exception {
        Path first = dir.resolve("first");
        CliRun.run("init-rules", first.toString());
        Files.writeString(first.resolve("extra.drl"), "// my own rules\n");

        CliRun run = CliRun.run("init-rules", "--rules", first.toString(), dir.resolve("second").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("second/extra.drl"))).isEqualTo("// my own rules\n");
    }
}
