package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.http.HttpService;
import org.monitoringadvisor.http.HttpSettings;
import picocli.CommandLine;

/** The serve command: refuses unsafe settings before listening, and serves on loopback otherwise. */
class ServeCommandTest {

    @Test
    void listeningBeyondThisMachineWithoutATokenIsRefused() {
        CliRun run = CliRun.run("serve", "--bind", "0.0.0.0", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("0.0.0.0").contains("needs a token");
    }

    @Test
    void aShortTokenIsRefused() {
        CliRun run = CliRun.run("serve", "--port", "0", "--token", "secret");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("at least 16").doesNotContain("secret");
    }

    @Test
    void aPortInUseIsNamedWithAHint() throws Exception {
        try (HttpService other = HttpService.start(Advisor.builtIn(), HttpSettings.loopback(0))) {
            CliRun run = CliRun.run("serve", "--port", String.valueOf(other.port()));

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("port " + other.port()).contains("try --port");
        }
    }

    @Test
    void servesOnLoopbackUntilStoppedAndSaysWhere() {
        AtomicReference<Integer> status = new AtomicReference<>();
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ServeCommand(service -> status.set(get(service.uri()))));
        command.setOut(new PrintWriter(out));

        int code = command.execute("--port", "0");

        assertThat(code).isZero();
        assertThat(status.get()).isEqualTo(200);
        assertThat(out.toString()).contains("http://127.0.0.1:").contains("No token");
    }

    private static int get(URI base) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("questions")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
