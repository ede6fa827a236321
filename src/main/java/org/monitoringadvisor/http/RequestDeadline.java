package org.monitoringadvisor.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A deadline for each request's headers, which Jetty's idle timeout alone does not give: a client that sends one
 * header byte every few seconds is never idle. Every {@link #WINDOW} each connection is checked, and one on which
 * no request started or finished in that time is closed. An ordinary request takes milliseconds; an assessment
 * is cut off well inside the window by its own budget.
 */
final class RequestDeadline implements Connection.Listener {

    /** How long a connection may go without a request starting or finishing. */
    static final Duration WINDOW = Duration.ofSeconds(15);

    private final Scheduler scheduler;
    private final Map<Connection, AtomicLong> activity = new ConcurrentHashMap<>();

    RequestDeadline(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        AtomicLong events = new AtomicLong();
        activity.put(connection, events);
        watch(connection, events, 0);
    }

    @Override
    public void onClosed(Connection connection) {
        activity.remove(connection);
    }

    /** A request on {@code connection} started or finished. */
    void touched(Connection connection) {
        AtomicLong events = connection == null ? null : activity.get(connection);
        if (events != null) {
            events.incrementAndGet();
        }
    }

    private void watch(Connection connection, AtomicLong events, long seen) {
        scheduler.schedule(() -> {
            if (!activity.containsKey(connection)) {
                return;
            }
            long now = events.get();
            if (now == seen) {
                connection.close();
            } else {
                watch(connection, events, now);
            }
        }, WINDOW.toMillis(), TimeUnit.MILLISECONDS);
    }
}
