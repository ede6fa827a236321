package org.monitoringadvisor.cli;

import java.nio.file.Path;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleBaseException;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option every command shares: use a rule base from a folder instead of the built-in one. */
public final class RuleBaseOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rule base in this folder instead of the built-in one.")
    private Path folder;

    /** The option as given on a command line read without picocli: {@code folder}, or null for the built-in rules. */
    public static RuleBaseOption of(Path folder) {
        RuleBaseOption option = new RuleBaseOption();
        option.folder = folder;
        return option;
    }

    /**
     * The advisor for the chosen rule base. A folder's rules are checked as they compile, by the same checker as
     * {@code check}; its errors come with a pointer to {@code check} for the warnings too.
     */
    public Advisor advisor() {
        if (folder == null) {
            return Advisor.builtIn();
        }
        try {
            return Advisor.fromFolder(folder);
        } catch (RuleBaseException e) {
            throw new RuleBaseException(e.getMessage() + "\nRun `check --rules " + folder
                    + "` to see these with any warnings.");
        }
    }

    /** The folder given, or null for the built-in rule base. */
    public Path folder() {
        return folder;
    }
}
