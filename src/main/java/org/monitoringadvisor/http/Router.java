package org.monitoringadvisor.http;

import static org.eclipse.jetty.util.thread.Invocable.InvocationType.NON_BLOCKING;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.engine.RuleFailedException;
import org.monitoringadvisor.questionnaire.QuestionnaireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler behind every path: checks the Host header and the token, finds the endpoint by exact path and
 * method, checks the content type, reads the body within its limit without holding a thread, runs the endpoint on
 * the assessment pool within its time, and writes the JSON answer or the JSON error. Request bodies are never
 * logged: they describe a workplace.
 */
final class Router extends Handler.Abstract {

    /** How much of an oversized body is read before the 413, so that the client is not reset mid-send. */
    private static final int DRAIN_LIMIT_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    /** How long a request may wait for and use an assessment thread, beyond the rules' own budget. */
    private static final long REQUEST_BUDGET_MILLIS = HttpService.ASSESSMENT_BUDGET.toMillis() + 5_000;

    /** An endpoint: its method, and what it makes of the body (empty for GET). */
    record Route(String method, UnaryOperator<String> handler) {
    }

    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final byte[] token;
    private final int maxBodyBytes;
    private final Map<String, Object> ruleBase;
    private final ExecutorService assessments;
    private final HostCheck hosts;
    private final RequestDeadline deadline;

    Router(Endpoints endpoints, HttpSettings settings, ExecutorService assessments, RequestDeadline deadline) {
        this.deadline = deadline;
        routes.put("/questions", new Route("GET", body -> endpoints.questions()));
        routes.put("/assess", new Route("POST", endpoints::assess));
        routes.put("/next", new Route("POST", endpoints::next));
        this.token = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.US_ASCII);
        this.maxBodyBytes = settings.maxBodyBytes();
        this.ruleBase = QuestionnaireJson.ruleBase(endpoints.advisor().info());
        this.assessments = assessments;
        this.hosts = new HostCheck(settings.address(), settings.token() != null);
    }

    /** The port is known only once the server listens; the Host check needs it. */
    void listeningOn(int port) {
        hosts.listeningOn(port);
    }

    /** The paths and their methods, for the OpenAPI check. */
    Map<String, String> routes() {
        Map<String, String> methods = new LinkedHashMap<>();
        routes.forEach((path, route) -> methods.put(path, route.method()));
        return methods;
    }

    @Override
    public boolean handle(Request request, Response response, Callback done) {
        Connection connection = request.getConnectionMetaData().getConnection();
        deadline.touched(connection);
        Callback callback = Callback.from(done, () -> deadline.touched(connection));
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        Route route;
        try {
            hosts.check(request.getHeaders().get(HttpHeader.HOST));
            authorise(request.getHeaders());
            route = route(method, path);
            if (route.method().equals("POST")) {
                checkContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
                checkLength(request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH));
            }
        } catch (ApiError e) {
            if (e.status() == 413) {
                refuseAfterReading(request, response, callback, e);
            } else {
                sendError(response, callback, e);
            }
            return true;
        }
        if (route.method().equals("GET")) {
            run(route, "", method, path, response, callback);
            return true;
        }
        // Read without holding a thread: a slow client costs a connection, not a worker.
        Content.Source.asByteArrayAsync(request, maxBodyBytes + 1, Promise.Invocable.from(NON_BLOCKING, (bytes, failure) -> {
            if (failure != null) {
                sendError(response, callback, unreadable(failure));
            } else if (bytes.length > maxBodyBytes) {
                sendError(response, callback, tooLarge());
            } else {
                try {
                    run(route, decode(bytes), method, path, response, callback);
                } catch (ApiError e) {
                    sendError(response, callback, e);
                }
            }
        }));
        return true;
    }

    /** Runs the endpoint on the assessment pool and answers when it is done, or when its time is up. */
    private void run(Route route, String body, String method, String path, Response response, Callback callback) {
        CompletableFuture<String> answer;
        try {
            answer = CompletableFuture.supplyAsync(() -> route.handler().apply(body), assessments);
        } catch (RejectedExecutionException e) {
            sendError(response, callback, new ApiError(503, "busy",
                    "the service has too many requests waiting; try again in a moment"));
            return;
        }
        answer.orTimeout(REQUEST_BUDGET_MILLIS, TimeUnit.MILLISECONDS).whenComplete((json, failure) -> {
            if (failure == null) {
                send(response, callback, 200, json.getBytes(StandardCharsets.UTF_8));
            } else {
                sendError(response, callback, describe(failure, method, path));
            }
        });
    }

    private ApiError describe(Throwable failure, String method, String path) {
        Throwable e = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (e instanceof ApiError error) {
            return error;
        }
        if (e instanceof TimeoutException) {
            return new ApiError(503, "assessment-timeout", "the assessment took longer than "
                    + REQUEST_BUDGET_MILLIS / 1000 + " seconds and was abandoned; a rule may never stop");
        }
        if (e instanceof RuleFailedException rule && rule.outOfTime()) {
            return new ApiError(503, "assessment-timeout", rule.getMessage()).with("rule", rule.rule());
        }
        if (e instanceof RuleBaseException rules) {
            String rule = rules instanceof RuleFailedException failed ? failed.rule() : null;
            return new ApiError(500, "rule-failed", rules.getMessage()).with("rule", rule);
        }
        // A bug. The exception's message could quote an answer, so only its type and place are logged.
        StackTraceElement[] trace = e.getStackTrace();
        LOG.error("internal error on {} {}: {} at {}", method, path, e.getClass().getName(),
                trace.length > 0 ? trace[0] : "?");
        return new ApiError(500, "internal-error", "the service failed on this request; the server's log says where");
    }

    private void authorise(HttpFields headers) {
        if (token == null) {
            return;
        }
        String given = headers.get(HttpHeader.AUTHORIZATION);
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
        Route route = path == null ? null : routes.get(path);
        if (route == null) {
            throw notFound(path);
        }
        if (!route.method().equals(method)) {
            throw new ApiError(405, "method-not-allowed", path + " takes " + route.method() + ", not " + method)
                    .with("allowed", List.of(route.method()));
        }
        return route;
    }

    /** The 404 for a path no endpoint answers, also used for requests too odd to route. */
    ApiError notFound(String path) {
        return new ApiError(404, "not-found", "no endpoint at " + path + "; there are " + String.join(", ",
                routes.entrySet().stream().map(e -> e.getValue().method() + " " + e.getKey()).toList()))
                .with("path", path);
    }

    /**
     * Only JSON, {@code application/json} with at most a UTF-8 charset: a web page cannot post that to another
     * site without the browser asking first (CORS), and a missing type is no exception.
     */
    private static void checkContentType(String type) {
        if (type == null || !ContentType.isJson(type)) {
            throw new ApiError(415, "unsupported-media-type", "send the answers as JSON with the header "
                    + "\"Content-Type: application/json\" (\"; charset=utf-8\" may follow), not "
                    + (type == null ? "no Content-Type" : "\"" + type + "\""))
                    .with("expected", "application/json");
        }
    }

    private void checkLength(long length) {
        if (length > maxBodyBytes) {
            throw tooLarge();
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiError(400, "invalid-json", "the request body is not UTF-8 text");
        }
    }

    private static ApiError unreadable(Throwable failure) {
        return new ApiError(400, "unreadable-body", "the request body could not be read in time or in full");
    }

    /**
     * Reads (and drops) a bounded amount of an oversized body before refusing it: closing a connection with unread
     * bytes makes the kernel reset it, and a client still sending then loses the 413 before it can read it.
     */
    private void refuseAfterReading(Request request, Response response, Callback callback, ApiError error) {
        Content.Source.asByteArrayAsync(request, DRAIN_LIMIT_BYTES,
                Promise.Invocable.from(NON_BLOCKING, (bytes, failure) -> sendError(response, callback, error)));
    }

    private ApiError tooLarge() {
        return new ApiError(413, "body-too-large", "the request body is over the limit of " + maxBodyBytes
                + " bytes; an answers file is far smaller").with("limit", maxBodyBytes);
    }

    /** The JSON error document, the same for errors found here and those Jetty finds before routing. */
    byte[] errorBody(ApiError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.body());
        body.put("ruleBase", ruleBase);
        return QuestionnaireJson.write(body).getBytes(StandardCharsets.UTF_8);
    }

    private void sendError(Response response, Callback callback, ApiError error) {
        HttpFields.Mutable headers = response.getHeaders();
        switch (error.status()) {
            case 401 -> headers.put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"monitoring-advisor\"");
            case 405 -> headers.put(HttpHeader.ALLOW, String.join(", ", error.allowed()));
            case 413 -> headers.put(HttpHeader.CONNECTION, "close"); // the rest of the body is not read
            default -> { }
        }
        send(response, callback, error.status(), errorBody(error));
    }

    static void send(Response response, Callback callback, int status, byte[] body) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
