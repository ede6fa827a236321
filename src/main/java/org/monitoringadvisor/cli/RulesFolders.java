package org.monitoringadvisor.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a {@code --rules} folder up front, so a mistyped path is a usage error rather than a rule problem. */
final class RulesFolders {

    private RulesFolders() {
    }

    /** The folder as given (null stays null, meaning the built-in rule base). */
    static Path existing(Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException(folder + ": no such folder; give the folder that holds rulebase.yaml, "
                    + "questions.yaml, sources.yaml and the .drl files (init-rules DIR writes one)");
        }
        return folder;
    }
}
