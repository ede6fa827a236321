package org.monitoringadvisor.web;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a request's Host header names this machine and the port listened on. A page on another site can point
 * its own name at 127.0.0.1 (DNS rebinding) and so reach a local server from the rep's browser; its requests still
 * carry that other name in Host, which is how they are told apart.
 */
final class LoopbackHost {

    private static final Set<String> NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private LoopbackHost() {
    }

    /** Whether {@code host} (the header's value, may be null) is a loopback name followed by {@code :port}. */
    static boolean matches(String host, int port) {
        if (host == null) {
            return false;
        }
        String value = host.strip().toLowerCase(Locale.ROOT);
        if (value.endsWith(".")) {
            return false;
        }
        int colon = value.lastIndexOf(':');
        if (colon < 0 || value.endsWith("]")) {
            return false; // without a port the browser would have meant port 80, which is not ours
        }
        return NAMES.contains(value.substring(0, colon)) && value.substring(colon + 1).equals(Integer.toString(port));
    }
}
