package org.monitoringadvisor.cli;

import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.PolicyCheck;
import org.monitoringadvisor.policy.PolicyKnowledge;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.monitoringadvisor.authoring.CheckReport;
import org.monitoringadvisor.authoring.RuleBaseCheck;
import org.monitoringadvisor.authoring.ScenarioSource;
import org.monitoringadvisor.authoring.ScenarioSources;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: compile and lint a rule base, one problem a line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile and lint a rule base (the built-in one, or --rules DIR) and run its scenarios to find "
                + "rules none covers.",
                "Prints one problem a line as file:line:column: error|warning: message, then a summary on standard "
                        + "error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (there may be warnings)", "1:errors were found",
                "2:bad usage (for example a folder that does not exist)"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Override
    public Integer call() {
        Path folder = RulesFolders.existing(ruleBase.folder());
        KnowledgeFiles files = folder == null ? KnowledgeFiles.builtIn() : KnowledgeFiles.folder(folder);
        Supplier<List<ScenarioSource>> scenarios = folder == null ? ScenarioSources::builtIn
                : () -> ScenarioSources.ofRulesFolder(folder);
        CheckReport report = RuleBaseCheck.check(files, scenarios);
        PrintWriter out = spec.commandLine().getOut();
        report.problems().stream().map(RuleProblem::toString).forEach(out::println);
        PolicyCheck.Result policy = checkPolicyReading(folder, files);
        policy.problems().forEach(out::println);
        out.flush();
        long errors = report.errors() + policy.problems().size();
        spec.commandLine().getErr().println("Checked " + report.rules() + " rules and "
                + (report.scenarios() + policy.scenarios()) + " scenarios: " + count(errors, "error") + ", "
                + count(report.warnings(), "warning") + ".");
        return errors > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    /**
     * The cue catalogue, reading rules and policy scenarios (policy reading's own scenarios are counted with the
     * others), against the rule base's questions. A rules folder without its own cues and reading rules is not
     * checked for them: read-policy uses the built-in ones, keeping only the questions the folder knows.
     */
    private static PolicyCheck.Result checkPolicyReading(Path folder, KnowledgeFiles files) {
        if (folder != null && !Files.exists(folder.resolve(PolicyKnowledge.CUES_FILE))
                && !Files.isDirectory(folder.resolve(PolicyKnowledge.RULES_FOLDER))) {
            return new PolicyCheck.Result(List.of(), 0);
        }
        List<Question> questions;
        try {
            questions = Knowledge.load(files).questions().all();
        } catch (KnowledgeException e) {
            return new PolicyCheck.Result(List.of(), 0); // the rule base check has reported the broken catalogue
        }
        PolicyKnowledge knowledge = folder == null ? PolicyKnowledge.builtIn() : PolicyKnowledge.folder(folder);
        return PolicyCheck.check(knowledge, questions);
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
