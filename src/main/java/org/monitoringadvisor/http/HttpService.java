package org.monitoringadvisor.http;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.monitoringadvisor.engine.Advisor;

/**
 * The HTTP JSON service, running: one {@link Advisor} (its rules compiled once) shared by a fixed pool of
 * assessment threads, behind Jetty's non-blocking server. Stateless: every request carries the answers it needs.
 * Close it to stop listening.
 *
 * <p>Slow clients cannot starve it: Jetty reads requests without holding a thread while it waits for bytes, a
 * connection that sends nothing for {@link #IDLE_TIMEOUT} is closed, so is one on which no request starts or ends
 * within {@link RequestDeadline#WINDOW} (headers sent a byte at a time), a body must arrive at
 * {@link #MIN_BODY_RATE} bytes a second, and no more than {@link #MAX_CONNECTIONS} connections are open at once. Assessments run on
 * their own pool of {@code threads}, each within {@link #ASSESSMENT_BUDGET}.
 *
 * <pre>{@code
 * try (HttpService service = HttpService.start(Advisor.builtIn(), HttpSettings.loopback(0))) {
 *     URI base = service.uri(); // http://127.0.0.1:PORT/
 * }
 * }</pre>
 */
public final class HttpService implements AutoCloseable {

    /** A connection that sends nothing for this long is closed, whether it is sending headers or a body. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** The slowest a request body may arrive, in bytes a second; a slower one is answered with 408. */
    public static final long MIN_BODY_RATE = 1024;
    /** Connections open at once; more wait to be accepted. */
    public static final int MAX_CONNECTIONS = 256;
    /** Wall-clock time one assessment's rules may take; past it the request is answered with 503. */
    public static final Duration ASSESSMENT_BUDGET = Duration.ofSeconds(5);

    /** Requests waiting for an assessment thread beyond this many are answered with 503 at once. */
    private static final int QUEUE = 256;

    private final Server server;
    private final ServerConnector connector;
    private final ThreadPoolExecutor assessments;
    private final Router router;

    private HttpService(Server server, ServerConnector connector, ThreadPoolExecutor assessments, Router router) {
        this.server = server;
        this.connector = connector;
        this.assessments = assessments;
        this.router = router;
    }

    /**
     * Starts listening.
     *
     * @param advisor  the rule base to answer from
     * @param settings address, port, token, threads and body limit
     * @return the running service
     * @throws IOException if the address cannot be bound (a {@link BindException} when the port is in use)
     */
    public static HttpService start(Advisor advisor, HttpSettings settings) throws IOException {
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(settings, "settings");
        ThreadPoolExecutor assessments = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), threads("advisor-assess-"),
                new ThreadPoolExecutor.AbortPolicy());

        QueuedThreadPool jettyThreads = new QueuedThreadPool(Math.max(16, settings.threads() * 2), 2);
        jettyThreads.setName("advisor-http");
        jettyThreads.setDaemon(true);
        Server server = new Server(jettyThreads);
        server.setStopAtShutdown(false);
        server.setStopTimeout(1000);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false);
        http.setRequestHeaderSize(8 * 1024);
        http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        http.setUriCompliance(UriCompliance.DEFAULT);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.address().getHostAddress());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setReuseAddress(false);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        RequestDeadline deadline = new RequestDeadline(connector.getScheduler());
        connector.addEventListener(deadline);

        // The advisor's own budget if it is shorter (a test's, or a host application's).
        Duration budget = advisor.timeBudget().compareTo(ASSESSMENT_BUDGET) < 0 ? advisor.timeBudget()
                : ASSESSMENT_BUDGET;
        Router router = new Router(new Endpoints(advisor.withTimeBudget(budget)), settings, assessments, deadline);
        // A body that trickles in slower than MIN_BODY_RATE is cut off, so a slow client cannot hold a connection.
        server.setHandler(new MinimumDataRateHandler(router, MIN_BODY_RATE, 0));
        server.setErrorHandler(new JsonErrorHandler(router));
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server, assessments);
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException bind) {
                    throw bind;
                }
            }
            throw e instanceof IOException io ? io : new IOException("the service could not start: " + e, e);
        }
        router.listeningOn(connector.getLocalPort());
        return new HttpService(server, connector, assessments, router);
    }

    /** The port listened on (the one chosen when the settings asked for 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base address, for example {@code http://127.0.0.1:8765/}. */
    public URI uri() {
        String host = new InetSocketAddress(connector.getHost(), port()).getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Each path the service answers, with its method. */
    public Map<String, String> routes() {
        return router.routes();
    }

    /** Stops listening, letting requests in progress finish for up to a second. */
    @Override
    public void close() {
        stopQuietly(server, assessments);
    }

    private static void stopQuietly(Server server, ThreadPoolExecutor assessments) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping: nothing more to do.
        }
        assessments.shutdownNow();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
