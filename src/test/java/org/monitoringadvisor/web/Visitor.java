package org.monitoringadvisor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser reduced to what the gate looks at, speaking HTTP/1.1 over a plain socket so that every header (Host
 * included, which Java's own client will not let a caller set) is exactly what the test says.
 */
final class Visitor {

    private static final Pattern COOKIE = Pattern.compile("^([^=;]+=[^;]*)");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** A response: status, headers (names in lower case) and body. */
    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final URI base;
    String cookie;
    private String token;

    Visitor(URI base) {
        this.base = base;
    }

    /** Opens the one-time link as a browser would: keeps the cookie it sets, and reads the form token. */
    Reply open(URI link) {
        Reply reply = get(link.getRawPath() + "?" + link.getRawQuery());
        String set = reply.header("Set-Cookie");
        if (set != null) {
            Matcher m = COOKIE.matcher(set);
            cookie = m.find() ? m.group(1) : null;
        }
        if (cookie != null) {
            // The start page has a form before the interview begins; once it has (carrying on), the review has one.
            Matcher m = TOKEN.matcher(get("/").body());
            Matcher later = TOKEN.matcher(get("/review").body());
            token = m.find() ? m.group(1) : later.find() ? later.group(1) : null;
        }
        return reply;
    }

    String token() {
        return token;
    }

    Reply get(String path) {
        return send("GET", path, host(), null, cookie, null);
    }

    /** Gets a page as a browser shows it, following redirects. */
    Reply page(String path) {
        Reply reply = get(path);
        for (int i = 0; i < 5 && reply.status() / 100 == 3; i++) {
            reply = get(reply.header("Location"));
        }
        return reply;
    }

    /** Posts a form (name, value, name, value, ...) with the form token added. */
    Reply post(String path, String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.add("csrf");
        all.add(token);
        return postRaw(path, all.toArray(String[]::new));
    }

    /** Posts a form exactly as given, no token added. */
    Reply postRaw(String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send("POST", path, host(), body.toString(), cookie, null);
    }

    String host() {
        return base.getHost() + ":" + base.getPort();
    }

    /**
     * Sends one request.
     *
     * @param host   the Host header
     * @param cookie the Cookie header, or null for none
     * @param origin the Origin header, or null for none
     */
    Reply send(String method, String path, String host, String body, String cookie, String origin) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n");
            if (cookie != null) {
                request.append("Cookie: ").append(cookie).append("\r\n");
            }
            if (origin != null) {
                request.append("Origin: ").append(origin).append("\r\n");
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(bytes.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply parse(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1)
                    .strip());
        }
        return new Reply(status, headers, text.substring(end + 4));
    }
}
