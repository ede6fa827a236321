package org.monitoringadvisor.cli.interview;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.monitoringadvisor.cli.Cli;

/** Runs the command line in-process with scripted input, one answer or command a line, and captures the screen. */
record Scripted(int exitCode, String out, String err) {

    static Scripted run(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new Scripted(code, out.toString(), err.toString());
    }

    /** Lines of input, each ending in a line break. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
