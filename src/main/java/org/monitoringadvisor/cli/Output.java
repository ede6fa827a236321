package org.monitoringadvisor.cli;

import java.nio.file.Path;
import org.monitoringadvisor.answers.PrivateFiles;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's document goes: the screen, or a file only its owner can read, written in one step. */
final class Output {

    private Output() {
    }

    /**
     * Prints {@code text}, or writes it to {@code file} and says so on the error stream.
     *
     * @param what the document's name for the message, for example "Report"
     */
    static void write(CommandSpec spec, Path file, String text, String what) {
        if (file == null) {
            spec.commandLine().getOut().print(text);
        } else {
            PrivateFiles.writeAtomically(file, text);
            spec.commandLine().getErr().println(what + " written to " + file);
        }
    }
}
