package org.monitoringadvisor.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.monitoringadvisor.answers.AnswersFileWriter;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.engine.Outcome;
import org.monitoringadvisor.report.ReportBuilder;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.TextReport;

/**
 * The browser interview, running: a server on 127.0.0.1 and the one interview it drives. Open {@link #link()} in a
 * browser; the rep's Finish button (or {@link #close()}) ends it.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(Advisor.builtIn(), settings)) {
 *     System.out.println(server.link()); // http://127.0.0.1:PORT/open?key=...
 *     server.awaitFinish();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {

    /**
     * The JDK server's settings, read once per JVM, set only when not chosen already: without TCP_NODELAY every
     * response waits about 40 ms for the browser's delayed acknowledgement; the time limits (seconds) stop a
     * client that is very slow to send or read from holding a thread.
     */
    private static final Map<String, String> JDK_SERVER_SETTINGS = Map.of(
            "sun.net.httpserver.nodelay", "true",
            "sun.net.httpserver.maxReqTime", "30",
            "sun.net.httpserver.maxRspTime", "30");

    private final HttpServer server;
    private final ExecutorService threads;
    private final WebInterview interview;
    private final Gate gate;
    private final CountDownLatch finished = new CountDownLatch(1);

    private WebServer(HttpServer server, ExecutorService threads, WebInterview interview, Gate gate) {
        this.server = server;
        this.threads = threads;
        this.interview = interview;
        this.gate = gate;
    }

    /**
     * Starts listening on 127.0.0.1.
     *
     * @param advisor  the rule base that decides the questions
     * @param settings port, answers file, downloads and the rest
     * @return the running server
     * @throws IOException if the port cannot be bound (for example it is in use)
     */
    public static WebServer start(Advisor advisor, WebSettings settings) throws IOException {
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(settings, "settings");
        JDK_SERVER_SETTINGS.forEach(System.getProperties()::putIfAbsent);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"),
                settings.port()), 0);
        int port = server.getAddress().getPort();
        WebInterview interview = new WebInterview(advisor, settings);
        Gate gate = new Gate(port);
        Map<String, Download> downloads = new LinkedHashMap<>();
        settings.downloads().forEach(d -> downloads.put(d.name(), d));
        Pages pages = new Pages(interview, gate, new NextTime(settings.commandLine(), settings.rulesFolder()),
                settings.downloads());
        ExecutorService threads = Executors.newFixedThreadPool(2, daemons());
        WebServer running = new WebServer(server, threads, interview, gate);
        server.setExecutor(threads);
        server.createContext("/", new WebHandler(interview, gate, pages, downloads, port, running.finished::countDown));
        warmUp(advisor);
        server.start();
        return running;
    }

    /** The one-time link to open in the browser, for example {@code http://127.0.0.1:8080/open?key=...}. */
    public URI link() {
        return base().resolve(gate.linkPath());
    }

    /**
     * Opens {@link #link()} in the default browser, where this machine has one.
     *
     * @param environment the process's environment (DISPLAY, PATH, ...)
     * @return false when there is no browser to open it in, so the rep must open the link by hand
     */
    public boolean openInBrowser(Map<String, String> environment) {
        return Browser.open(link(), environment);
    }

    /** The server's address, for example {@code http://127.0.0.1:8080/}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The answers file, once the interview has started; null before. */
    public Path answersFile() {
        return interview.file();
    }

    /** How many answers the interview holds. */
    public int answerCount() {
        return interview.answers().size();
    }

    /** Waits until the rep presses Finish. */
    public void awaitFinish() throws InterruptedException {
        finished.await();
    }

    /** Waits up to {@code timeout} for the rep to press Finish; true if they did. */
    public boolean awaitFinish(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Saves the answers now (they are saved after every answer anyway); for Ctrl-C. */
    public void save() {
        interview.save();
    }

    /** Stops listening, saving first. */
    @Override
    public void close() {
        interview.save();
        server.stop(0); // the Finish page has been sent by the time this runs
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        interview.close();
    }

    /**
     * Does once, before the first page, the work whose first run is slow (loading classes, compiling templates,
     * the first rule session, the report's model, trying answers for a why page and the first file written), so
     * that no page waits for it.
     */
    private static void warmUp(Advisor advisor) {
        WebTemplates.compileAll();
        try (Interview trial = advisor.startInterview()) {
            trial.next().ifPresent(q -> trial.answer(q.id(), "unknown"));
            ReportInput input = ReportInput.of(trial.assessment(), advisor.knowledge(), Map.of());
            TextReport.render(input);
            ReportBuilder.build(input);
            trial.next().ifPresent(q -> Outcome.forEachOption(advisor, trial.answers(), q));
            AnswersFileWriter.toYaml(Map.of(), trial.answers());
        }
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "advisor-web-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
