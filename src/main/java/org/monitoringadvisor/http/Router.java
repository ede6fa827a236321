package org.monitoringadvisor.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.monitoringadvisor.questionnaire.QuestionnaireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler behind every path: checks the token, finds the endpoint by exact path and method, reads the
 * body within its limit, and writes the JSON answer or the JSON error. Request bodies are never logged: they
 * describe a workplace.
 */
final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    /** An endpoint: its method, and what it makes of the body (empty for GET). */
    record Route(String method, UnaryOperator<String> handler) {
    }

    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final byte[] token;
    private final int maxBodyBytes;
    private final Map<String, Object> ruleBase;

    Router(Endpoints endpoints, HttpSettings settings) {
        routes.put("/questions", new Route("GET", body -> endpoints.questions()));
        routes.put("/assess", new Route("POST", endpoints::assess));
        routes.put("/next", new Route("POST", endpoints::next));
        this.token = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.US_ASCII);
        this.maxBodyBytes = settings.maxBodyBytes();
        this.ruleBase = QuestionnaireJson.ruleBase(endpoints.advisor().info());
    }

    /** The paths and their methods, for the OpenAPI check. */
    Map<String, String> routes() {
        Map<String, String> methods = new LinkedHashMap<>();
        routes.forEach((path, route) -> methods.put(path, route.method()));
        return methods;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            try {
                authorise(exchange.getRequestHeaders());
                Route route = route(method, path);
                String body = route.method().equals("POST") ? body(exchange) : "";
                send(exchange, 200, route.handler().apply(body).getBytes(StandardCharsets.UTF_8));
            } catch (ApiError e) {
                sendError(exchange, e);
            } catch (RuntimeException e) {
                // A bug. The exception's message could quote an answer, so only its type and place are logged.
                StackTraceElement[] trace = e.getStackTrace();
                LOG.error("internal error on {} {}: {} at {}", method, path, e.getClass().getName(),
                        trace.length > 0 ? trace[0] : "?");
                sendError(exchange, new ApiError(500, "internal-error",
                        "the service failed on this request; the server's log says where"));
            }
        }
    }

    private void authorise(Headers headers) {
        if (token == null) {
            return;
        }
        String given = headers.getFirst("Authorization");
        String prefix = "Bearer ";
        boolean ok = given != null && given.regionMatches(true, 0, prefix, 0, prefix.length())
                && MessageDigest.isEqual(token, given.substring(prefix.length()).strip()
                .getBytes(StandardCharsets.US_ASCII)); // same time for every wrong token
        if (!ok) {
            throw new ApiError(401, "unauthorised",
                    "this service needs the header \"Authorization: Bearer <token>\" with the token it was started with");
        }
    }

    private Route route(String method, String path) {
        Route route = routes.get(path);
        if (route == null) {
            throw new ApiError(404, "not-found", "no endpoint at " + path + "; there are " + String.join(", ",
                    routes.entrySet().stream().map(e -> e.getValue().method() + " " + e.getKey()).toList()))
                    .with("path", path);
        }
        if (!route.method().equals(method)) {
            throw new ApiError(405, "method-not-allowed", path + " takes " + route.method() + ", not " + method)
                    .with("allowed", List.of(route.method()));
        }
        return route;
    }

    private String body(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        // Accepting only JSON means a web page cannot post here without the browser asking first (CORS).
        if (type != null && !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            throw new ApiError(415, "unsupported-media-type",
                    "send the answers as JSON with \"Content-Type: application/json\", not " + type);
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && isTooLong(length)) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(maxBodyBytes + 1); // one more than allowed tells an oversized body apart
        } catch (IOException e) {
            throw new ApiError(400, "unreadable-body", "the request body could not be read: " + e.getMessage());
        }
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiError(400, "invalid-json", "the request body is not UTF-8 text");
        }
    }

    private boolean isTooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // the server itself rejects a malformed length; the read below is bounded anyway
        }
    }

    private ApiError tooLarge() {
        return new ApiError(413, "body-too-large", "the request body is over the limit of " + maxBodyBytes
                + " bytes; an answers file is far smaller").with("limit", maxBodyBytes);
    }

    private void sendError(HttpExchange exchange, ApiError error) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        switch (error.status()) {
            case 401 -> headers.set("WWW-Authenticate", "Bearer realm=\"monitoring-advisor\"");
            case 405 -> headers.set("Allow", routes.get(exchange.getRequestURI().getPath()).method());
            case 413 -> headers.set("Connection", "close"); // the rest of the body is not read
            default -> { }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.body());
        body.put("ruleBase", ruleBase);
        send(exchange, error.status(), QuestionnaireJson.write(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
