package org.monitoringadvisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.monitoringadvisor.authoring.RuleBaseCheck;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleProblem;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.engine.Advisor;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option every command shares: use a rule base from a folder instead of the built-in one. */
public final class RuleBaseOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rule base in this folder instead of the built-in one.")
    private Path folder;

    /**
     * The advisor for the chosen rule base. A folder is linted first: a rule naming a question or value the
     * catalogue lacks compiles but never fires, and findings would go missing without a word.
     */
    public Advisor advisor() {
        if (folder == null) {
            return Advisor.builtIn();
        }
        KnowledgeFiles files = KnowledgeFiles.folder(folder);
        Knowledge knowledge = Knowledge.load(files);
        List<RuleProblem> errors = RuleBaseCheck.lintErrors(files, knowledge);
        if (!errors.isEmpty()) {
            List<RuleProblem> withHint = new ArrayList<>(errors);
            withHint.add(new RuleProblem(folder.toString(), 0, 0, "error",
                    "the rules folder has mistakes; run `check --rules " + folder + "` for the full list"));
            throw new RuleBaseException(withHint);
        }
        return Advisor.from(knowledge);
    }

    /** The folder given, or null for the built-in rule base. */
    public Path folder() {
        return folder;
    }
}
