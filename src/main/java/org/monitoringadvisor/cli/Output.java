package org.monitoringadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
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
        writeFile(spec, file, text.getBytes(StandardCharsets.UTF_8), what, inputs);
    }

    /**
     * Writes a document's bytes: text to the screen as {@link #write(CommandSpec, Path, String, String, String...)}
     * does, a binary document (Word, PDF) to {@code file}, or to standard output when that is redirected. A binary
     * document is never printed on a terminal: that is refused with a message saying to give {@code --out}.
     *
     * @param format the format's name, for the message
     * @param binary whether the bytes are a binary document
     */
    static void write(CommandSpec spec, StandardOutput stdout, Path file, byte[] contents, String format,
            boolean binary, String what, String... inputs) {
        if (!binary) {
            write(spec, file, new String(contents, StandardCharsets.UTF_8), what, inputs);
            return;
        }
        if (file != null) {
            writeFile(spec, file, contents, what, inputs);
            return;
        }
        if (stdout.terminal()) {
            throw new UserInputException("--format " + format + " makes a binary file, which cannot be shown on the "
                    + "screen; add --out FILE (for example --out " + what.toLowerCase(java.util.Locale.ROOT) + "." + format
                    + "), or redirect the output "
                    + "to a file");
        }
        try {
            spec.commandLine().getOut().flush();
            stdout.bytes().write(contents);
            stdout.bytes().flush();
        } catch (IOException e) {
            throw new UserInputException("the " + format + " file could not be written to standard output: "
                    + e.getMessage());
        }
    }

    private static void writeFile(CommandSpec spec, Path file, byte[] contents, String what, String... inputs) {
        for (String input : inputs) {
            if (input != null && !"-".equals(input) && isSameFile(file, Path.of(input))) {
                throw new UserInputException(file + ": is the input file " + input
                        + "; choose another --out file so your answers are not overwritten");
            }
        }
        boolean replacing = Files.exists(file);
        PrivateFiles.writeAtomically(file, contents);
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
