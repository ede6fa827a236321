package org.monitoringadvisor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard output as bytes, for the binary formats (Word, PDF) written there when it is redirected
 * to a file or a pipe, and whether it is a terminal, where they are refused instead of filling the screen with noise.
 *
 * @param bytes    where the bytes go
 * @param terminal whether that is a terminal
 */
record StandardOutput(OutputStream bytes, boolean terminal) {

    /** The process's own standard output. */
    static StandardOutput ofProcess() {
        return new StandardOutput(System.out, isTerminal());
    }

    /**
     * Java 17 says only whether standard input and output are both terminals ({@code System.console()}); on Linux
     * the descriptor's link says it for standard output alone, so {@code ... < answers.yaml} is caught too.
     */
    private static boolean isTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
