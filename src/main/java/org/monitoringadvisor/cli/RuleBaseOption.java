package org.monitoringadvisor.cli;

import java.nio.file.Path;
import org.monitoringadvisor.engine.Advisor;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option every command shares: use a rule base from a folder instead of the built-in one. */
public final class RuleBaseOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rule base in this folder instead of the built-in one.")
    private Path folder;

    /** The advisor for the chosen rule base. */
    public Advisor advisor() {
        return folder == null ? Advisor.builtIn() : Advisor.fromFolder(folder);
    }

    /** The folder given, or null for the built-in rule base. */
    public Path folder() {
        return folder;
    }
}
