package org.monitoringadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import org.monitoringadvisor.policy.PolicyKnowledge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.monitoringadvisor.authoring.RuleBaseExport;
import org.monitoringadvisor.authoring.ScenarioSource;
import org.monitoringadvisor.authoring.ScenarioSources;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code init-rules DIR}: write the built-in rule base out as a folder an author can edit. */
@Command(name = "init-rules", mixinStandardHelpOptions = true,
        description = {"Write the built-in rule base (rules, questions, sources, finding wording and scenarios) into "
                + "DIR, as a starting point for your own.",
                "Then edit the files and use --rules DIR with check, test and assess: no build needed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the files were written", "2:a file is in the way (nothing written) or cannot be written"})
final class InitRulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write (created if missing).")
    private Path target;

    @Option(names = "--force", description = "Overwrite files that are already there.")
    private boolean force;

    @Override
    public Integer call() {
        Path from = RulesFolders.existing(ruleBase.folder());
        KnowledgeFiles knowledge = from == null ? KnowledgeFiles.builtIn() : KnowledgeFiles.folder(from);
        List<ScenarioSource> scenarios = from == null ? ScenarioSources.builtIn() : ScenarioSources.ofRulesFolder(from);
        List<Path> written = RuleBaseExport.write(RuleBaseExport.files(knowledge, scenarios), target, force);
        int policyFiles = writePolicyReading(from, target);
        spec.commandLine().getOut().println("Wrote " + (written.size() + policyFiles) + " files to " + target + ". Edit them, then:\n"
                + "  monitoring-advisor check --rules " + target + "\n"
                + "  monitoring-advisor test --rules " + target + "\n"
                + "  monitoring-advisor assess --rules " + target + " --answers FILE\n"
                + "The guide for rule authors is docs/rule-authoring.md.");
        return ExitCode.OK;
    }

    /** The policy-reading cues, rules and scenarios (read-policy), unless the folder has them already. */
    private int writePolicyReading(Path from, Path folder) {
        if (!force && Files.exists(folder.resolve(PolicyKnowledge.RULES_FOLDER))) {
            return 0;
        }
        PolicyKnowledge knowledge = from == null ? PolicyKnowledge.builtIn() : PolicyKnowledge.folder(from);
        try {
            PolicyKnowledge.export(knowledge, folder);
        } catch (IOException e) {
            throw new UserInputException(folder + ": cannot write the policy-reading files: " + e.getMessage());
        }
        return 1 + knowledge.drl().size() + knowledge.scenarios().size();
    }
}
