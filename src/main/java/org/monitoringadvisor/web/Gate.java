package org.monitoringadvisor.web;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Who may use the interview: the browser that opened the one-time link. The link's key works once and is swapped
 * for a session cookie (HttpOnly, SameSite=Strict, named after the port so two interviews on one machine do not
 * mix); every form carries a separate token, checked on every POST. Keys are compared in constant time.
 */
final class Gate {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] linkKey;
    private final AtomicBoolean linkUsed = new AtomicBoolean();
    private final String session = random();
    private final String formToken = random();
    private final String cookieName;

    Gate(int port) {
        this.linkKey = random().getBytes(StandardCharsets.US_ASCII);
        this.cookieName = "advisor-" + port;
    }

    /** The path of the one-time link, for example {@code /open?key=...}. */
    String linkPath() {
        return "/open?key=" + new String(linkKey, StandardCharsets.US_ASCII);
    }

    /** Uses up the link's key: true the first time the right key is given, false after that or for a wrong one. */
    boolean redeem(String key) {
        return key != null && MessageDigest.isEqual(linkKey, key.getBytes(StandardCharsets.US_ASCII))
                && linkUsed.compareAndSet(false, true);
    }

    /** The Set-Cookie value that lets this browser in. */
    String cookie() {
        return cookieName + "=" + session + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** Whether the request carries the session cookie. */
    boolean admits(Headers headers) {
        for (String line : headers.getOrDefault("Cookie", java.util.List.of())) {
            for (String pair : line.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().equals(cookieName)
                        && same(session, pair.substring(equals + 1).strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The token every form carries. */
    String formToken() {
        return formToken;
    }

    /** Whether a posted form carries the right token. */
    boolean formTokenMatches(String given) {
        return given != null && same(formToken, given);
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
