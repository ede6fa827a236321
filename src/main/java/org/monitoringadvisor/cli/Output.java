package org.monitoringadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.monitoringadvisor.answers.PrivateFiles;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's document goes: the screen, or a file only its owner can read, written in one step. */
final class Output {

    private Output() {
    }

    /**
     * Prints {@code text}, or writes it to {@code file} and says so on the error stream. Refuses to write over
     * one of the command's own input files, which would lose the rep's answers.
     *
     * @param what   the document's name for the message, for example "Report"
     * @param inputs the files the command read ({@code -} for standard input is ignored)
     */
    static void write(CommandSpec spec, Path file, String text, String what, String... inputs) {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            return;
        }
        for (String input : inputs) {
            if (input != null && !"-".equals(input) && isSameFile(file, Path.of(input))) {
                throw new UserInputException(file + ": is the input file " + input
                        + "; choose another --out file so your answers are not overwritten");
            }
        }
        boolean replacing = Files.exists(file);
        PrivateFiles.writeAtomically(file, text);
        spec.commandLine().getErr().println(what + " written to " + file
                + (replacing ? " (it replaced the file that was there)" : ""));
    }

    /** Whether two paths are the same file (by file identity when both exist, else by absolute path). */
    static boolean isSameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Fall back to comparing the paths.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
