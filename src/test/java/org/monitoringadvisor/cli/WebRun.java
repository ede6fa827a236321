package org.monitoringadvisor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import org.monitoringadvisor.web.WebServer;
import picocli.CommandLine;

/**
 * Runs {@code web} in-process: the server runs while {@code body} drives it, then the command ends. A failure in
 * the body is thrown again once the command has stopped the server.
 */
record WebRun(int exitCode, String out, String err) {

    static WebRun run(Consumer<WebServer> body, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Throwable[] failure = new Throwable[1];
        CommandLine command = new CommandLine(new WebCommand(server -> {
            try {
                body.accept(server);
            } catch (RuntimeException | AssertionError e) {
                failure[0] = e;
            }
        }));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(args);
        if (failure[0] instanceof AssertionError e) {
            throw e;
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        return new WebRun(code, out.toString(), err.toString());
    }
}
