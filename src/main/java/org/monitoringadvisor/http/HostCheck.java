package org.monitoringadvisor.http;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests whose Host header names another site. A web page on {@code evil.example.com} can make the
 * browser resolve that name to 127.0.0.1 (DNS rebinding) and then read this service as if it were its own; the
 * browser still sends {@code Host: evil.example.com}, so accepting only this machine's loopback names and the
 * address the service is bound to shuts that door. A service on every interface ({@code --bind 0.0.0.0}) needs a
 * token, which such a page cannot know, so there any host is accepted.
 */
final class HostCheck {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "localhost.");

    private final String boundAddress;
    private final boolean anyHost;
    private volatile int port;

    HostCheck(InetAddress bound, boolean tokenRequired) {
        String literal = bound.getHostAddress();
        this.boundAddress = literal.contains(":") ? "[" + literal + "]" : literal;
        this.anyHost = tokenRequired && bound.isAnyLocalAddress();
    }

    void listeningOn(int listening) {
        this.port = listening;
    }

    /** Passes a Host header of a loopback name or the bound address, with no port or this service's port. */
    void check(String host) {
        if (anyHost) {
            return;
        }
        if (host == null || host.isBlank()) {
            throw refused(host);
        }
        String value = host.strip().toLowerCase(Locale.ROOT);
        String name = value;
        int colon = value.lastIndexOf(':');
        if (colon > value.lastIndexOf(']')) {
            name = value.substring(0, colon);
            String given = value.substring(colon + 1);
            if (!given.equals(String.valueOf(port))) {
                throw refused(host);
            }
        }
        if (!LOOPBACK_NAMES.contains(name) && !name.equals(boundAddress)) {
            throw refused(host);
        }
    }

    private ApiError refused(String host) {
        return new ApiError(403, "wrong-host", "this service answers only requests addressed to this machine ("
                + "localhost or " + boundAddress + "), not to " + (host == null ? "no host" : "\"" + host + "\"")
                + "; a web page on another site cannot use it").with("host", host);
    }
}
