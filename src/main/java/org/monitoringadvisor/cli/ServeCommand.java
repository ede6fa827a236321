package org.monitoringadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.http.HttpService;
import org.monitoringadvisor.http.HttpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: the local HTTP JSON service, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Answer other tools over HTTP with JSON: GET /questions, POST /assess, POST /next.",
                "Listens on this machine only unless --bind says otherwise; see docs/openapi.yaml."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:bad option, port in use or broken rule base (the message says what)"})
final class ServeCommand implements Callable<Integer> {

    private final Consumer<HttpService> whileRunning;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + HttpSettings.DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). "
                    + "Any other address needs --token.")
    private String bind;

    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:MONITORING_ADVISOR_TOKEN}",
            description = "Require \"Authorization: Bearer T\" on every request (at least "
                    + HttpSettings.MIN_TOKEN_LENGTH + " characters). The environment variable "
                    + "MONITORING_ADVISOR_TOKEN keeps it out of the process list.")
    private String token;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + HttpSettings.DEFAULT_THREADS,
            description = "Requests handled at once (default: ${DEFAULT-VALUE}).")
    private int threads;

    /** Serves until the process is stopped. */
    ServeCommand() {
        this(service -> awaitShutdown());
    }

    /** Serves while {@code whileRunning} runs, then stops; for tests. */
    ServeCommand(Consumer<HttpService> whileRunning) {
        this.whileRunning = whileRunning;
    }

    @Override
    public Integer call() {
        HttpSettings settings = settings();
        Advisor advisor = ruleBase.advisor();
        PrintWriter out = spec.commandLine().getOut();
        try (HttpService service = start(advisor, settings)) {
            out.println("Monitoring Advisor service on " + service.uri() + " (rule base " + advisor.version()
                    + "): GET /questions, POST /assess, POST /next.");
            out.println(settings.token() == null ? "No token: only programs on this machine can reach it."
                    : "Every request needs the header \"Authorization: Bearer <token>\".");
            out.println("Press Ctrl-C to stop.");
            out.flush();
            whileRunning.accept(service);
        }
        return ExitCode.OK;
    }

    private HttpSettings settings() {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UserInputException("--bind " + bind + ": not an address of this machine");
        }
        try {
            String given = token == null || token.isEmpty() ? null : token;
            return new HttpSettings(address, port, given, threads, HttpSettings.DEFAULT_MAX_BODY_BYTES);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static HttpService start(Advisor advisor, HttpSettings settings) {
        try {
            return HttpService.start(advisor, settings);
        } catch (BindException e) {
            throw new UserInputException("cannot listen on " + settings.address().getHostAddress() + " port "
                    + settings.port() + ": " + e.getMessage() + "; is another program using it? try --port");
        } catch (IOException e) {
            throw new UserInputException("cannot start the service: " + e.getMessage());
        }
    }

    private static void awaitShutdown() {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "advisor-http-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
