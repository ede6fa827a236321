package org.monitoringadvisor.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.monitoringadvisor.engine.Advisor;

/**
 * The HTTP JSON service, running: one {@link Advisor} (its rules compiled once) shared by a fixed pool of threads.
 * Stateless: every request carries the answers it needs. Close it to stop listening.
 *
 * <pre>{@code
 * try (HttpService service = HttpService.start(Advisor.builtIn(), HttpSettings.loopback(0))) {
 *     URI base = service.uri(); // http://127.0.0.1:PORT/
 * }
 * }</pre>
 */
public final class HttpService implements AutoCloseable {

    /** Requests waiting for a thread beyond this many are handled by the accepting thread, which slows intake. */
    private static final int QUEUE = 256;

    /**
     * Settings of the JDK's server, which it reads once per JVM when the first server is made; each is set only
     * when the host application has not chosen a value. Without TCP_NODELAY every response waits about 40 ms for
     * the client's delayed acknowledgement (measured: 84 instead of about 1,400 requests a second); the time
     * limits (seconds) stop a client that sends or reads a request very slowly from holding a thread for ever.
     */
    private static final Map<String, String> JDK_SERVER_SETTINGS = Map.of(
            "sun.net.httpserver.nodelay", "true",
            "sun.net.httpserver.maxReqTime", "30",
            "sun.net.httpserver.maxRspTime", "30");

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final Router router;

    private HttpService(HttpServer server, ThreadPoolExecutor pool, Router router) {
        this.server = server;
        this.pool = pool;
        this.router = router;
    }

    /**
     * Starts listening.
     *
     * @param advisor  the rule base to answer from
     * @param settings address, port, token, threads and body limit
     * @return the running service
     * @throws IOException if the address cannot be bound (for example the port is in use)
     */
    public static HttpService start(Advisor advisor, HttpSettings settings) throws IOException {
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(settings, "settings");
        JDK_SERVER_SETTINGS.forEach(System.getProperties()::putIfAbsent);
        Router router = new Router(new Endpoints(advisor), settings);
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.address(), settings.port()), 0);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), threads(),
                new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(pool);
        server.createContext("/", router);
        server.start();
        return new HttpService(server, pool, router);
    }

    /** The port listened on (the one chosen when the settings asked for 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base address, for example {@code http://127.0.0.1:8765/}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Each path the service answers, with its method. */
    public Map<String, String> routes() {
        return router.routes();
    }

    /** Stops listening, letting requests in progress finish for up to a second. */
    @Override
    public void close() {
        server.stop(1);
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "advisor-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
