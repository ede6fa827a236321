package org.monitoringadvisor.http;

import java.net.InetAddress;
import java.util.Objects;

/**
 * How the service listens: address and port, the token callers must present, the size of its thread pool and the
 * largest request body it reads.
 *
 * @param address      the address to listen on; anything but a loopback address needs a token
 * @param port         the port, or 0 for any free one
 * @param token        the bearer token every request must carry, or null for none (loopback only)
 * @param threads      how many requests are handled at once
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 */
public record HttpSettings(InetAddress address, int port, String token, int threads, int maxBodyBytes) {

    /** The port the command line uses when none is given. */
    public static final int DEFAULT_PORT = 8765;
    /** Plenty for any answers file: a complete one is well under 2 KiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** Enough to keep two cores busy while one request waits on the network. */
    public static final int DEFAULT_THREADS = 4;
    /** A shorter token could be guessed. */
    public static final int MIN_TOKEN_LENGTH = 16;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException naming the setting that is wrong and why
     */
    public HttpSettings {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be between 1 and 64, not " + threads);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, not " + maxBodyBytes);
        }
        if (token != null && (token.length() < MIN_TOKEN_LENGTH || !token.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new IllegalArgumentException("the token must be at least " + MIN_TOKEN_LENGTH
                    + " characters, printable ASCII without spaces");
        }
        if (token == null && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("listening on " + address.getHostAddress()
                    + " lets other machines reach the service, so it needs a token; give one,"
                    + " or listen on 127.0.0.1");
        }
    }

    /** Loopback only (127.0.0.1), no token, default pool and body limit. */
    public static HttpSettings loopback(int port) {
        return new HttpSettings(InetAddress.getLoopbackAddress(), port, null, DEFAULT_THREADS,
                DEFAULT_MAX_BODY_BYTES);
    }

    /** These settings with a bearer token required on every request. */
    public HttpSettings withToken(String newToken) {
        return new HttpSettings(address, port, Objects.requireNonNull(newToken, "newToken"), threads, maxBodyBytes);
    }

    @Override
    public String toString() {
        // Never show the token: settings end up in logs and error messages.
        return "HttpSettings[address=" + address.getHostAddress() + ", port=" + port + ", token="
                + (token == null ? "none" : "set") + ", threads=" + threads + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
