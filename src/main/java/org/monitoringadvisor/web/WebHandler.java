package org.monitoringadvisor.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.monitoringadvisor.model.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request: the gate first (a Host naming this machine, the session cookie, the form token on a POST), then
 * the page. Pages that change something are POSTs answered with a redirect, so reloading a page never sends an
 * answer twice. Only errors are logged, and never with what the rep entered.
 */
final class WebHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebHandler.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Styles only from this server, no scripts, no frames, forms only to here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final Pattern QUESTION = Pattern.compile("/(question|why|suggestion)/([a-z0-9][a-z0-9-]{0,80})");
    private static final Pattern DOWNLOAD = Pattern.compile("/download/([a-z-]+\\.[a-z0-9]+)");
    private static final int MAX_EMPLOYER = 200;

    private final WebInterview interview;
    private final Gate gate;
    private final Pages pages;
    private final Map<String, Download> downloads;
    private final byte[] stylesheet;
    private final int port;
    private final Runnable onFinish;

    WebHandler(WebInterview interview, Gate gate, Pages pages, Map<String, Download> downloads, int port,
               Runnable onFinish) {
        this.interview = interview;
        this.gate = gate;
        this.pages = pages;
        this.downloads = downloads;
        this.stylesheet = WebTemplates.stylesheet().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.port = port;
        this.onFinish = onFinish;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long started = System.nanoTime();
            long cpuStarted = CPU.getCurrentThreadCpuTime();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            Response response;
            try {
                response = guard(exchange, method, path);
                if (response == null) {
                    response = "POST".equals(method) ? post(exchange, path) : get(path);
                }
            } catch (RuntimeException e) {
                // A bug. Its message could quote an answer, so only its type and place are logged.
                StackTraceElement[] trace = e.getStackTrace();
                LOG.error("internal error on {} {}: {} at {}", method, path.replaceAll("[?].*", ""),
                        e.getClass().getName(), trace.length > 0 ? trace[0] : "?");
                response = Response.problem(500, "Something went wrong",
                        "The program failed on this page. Your answers so far are saved; go back and try again.");
            }
            send(exchange, response, started, cpuStarted);
            if (response.stops()) {
                onFinish.run();
            }
        }
    }

    /** Refuses what must be refused; null lets the request through. */
    private Response guard(HttpExchange exchange, String method, String path) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        if (!LoopbackHost.matches(headers.getFirst("Host"), port)) {
            return Response.problem(403, "Not this address",
                    "This interview answers only addresses of this computer, such as 127.0.0.1:" + port + ".");
        }
        if (!"GET".equals(method) && !"POST".equals(method)) {
            return Response.problem(405, "Not allowed", "Pages here are read with GET and sent with POST.")
                    .with("Allow", "GET, POST");
        }
        if ("GET".equals(method) && "/open".equals(path)) {
            return open(exchange);
        }
        if (!gate.admits(headers)) {
            return Response.problem(403, "Open the link the program printed",
                    "This interview lets in only the browser that opened the link printed when it started. "
                            + "If that link was already used, stop the program and start it again for a new one.");
        }
        if ("POST".equals(method)) {
            String type = headers.getFirst("Content-Type");
            String origin = headers.getFirst("Origin");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                    || (origin != null && !"null".equals(origin) && !isOurs(origin))) {
                return Response.problem(403, "Form refused", "Forms are accepted only from this interview's pages.");
            }
        }
        return null;
    }

    private Response open(HttpExchange exchange) {
        String key = Form.parse(exchange.getRequestURI().getRawQuery()).get("key");
        if (gate.redeem(key)) {
            return Response.seeOther("/").with("Set-Cookie", gate.cookie());
        }
        if (gate.admits(exchange.getRequestHeaders())) {
            return Response.seeOther("/"); // the same browser, opening the link again
        }
        return Response.problem(403, "This link has been used",
                "Each link works once, in the browser that opens it first. To start again, stop the program "
                        + "(Ctrl-C) and run it again for a new link.");
    }

    private boolean isOurs(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") && LoopbackHost.matches(lower.substring("http://".length()), port);
    }

    private Response get(String path) {
        if ("/style.css".equals(path)) {
            return new Response(200, "text/css; charset=utf-8", stylesheet, Map.of());
        }
        if ("/".equals(path)) {
            return interview.started() && interview.carriedOn() == 0 ? Response.seeOther("/next")
                    : Response.page(pages.welcome("", null));
        }
        if (!interview.started()) {
            return Response.seeOther("/");
        }
        switch (path) {
            case "/next" -> {
                List<Question> suggestions = interview.pendingSuggestions();
                if (!suggestions.isEmpty()) {
                    return Response.seeOther("/suggestion/" + suggestions.get(0).id());
                }
                Optional<Question> next = interview.next();
                return Response.seeOther(next.map(q -> "/question/" + q.id()).orElse("/findings"));
            }
            case "/review" -> {
                return Response.page(pages.review());
            }
            case "/findings" -> {
                return Response.page(pages.findings());
            }
            default -> { }
        }
        Matcher question = QUESTION.matcher(path);
        if (question.matches()) {
            String kind = question.group(1);
            Optional<Question> suggested = interview.suggestion(question.group(2));
            if (kind.equals("suggestion") || suggested.isPresent() && kind.equals("question")) {
                // A suggestion from the policy is confirmed on its own page, before it can be changed like any answer.
                return suggested.map(q -> kind.equals("suggestion") ? Response.page(pages.suggestion(q, null))
                        : Response.seeOther("/suggestion/" + q.id())).orElse(Response.seeOther("/next"));
            }
            Optional<Question> asked = interview.relevant(question.group(2));
            if (asked.isEmpty()) {
                return Response.seeOther("/next"); // no longer relevant after a change: go on from where things are
            }
            return Response.page(kind.equals("why") ? pages.why(asked.get()) : pages.question(asked.get(), null));
        }
        Matcher download = DOWNLOAD.matcher(path);
        if (download.matches() && downloads.containsKey(download.group(1))) {
            return download(downloads.get(download.group(1)));
        }
        return Response.problem(404, "Page not found", "There is no page at this address.");
    }

    private Response post(HttpExchange exchange, String path) throws IOException {
        Form form;
        try {
            form = Form.read(exchange.getRequestBody());
        } catch (IllegalArgumentException e) {
            return Response.problem(400, "Form not understood", "The form could not be read: " + e.getMessage()
                    + ". Go back and try again.");
        }
        if (!gate.formTokenMatches(form.get("csrf"))) {
            return Response.problem(403, "Form refused",
                    "This form did not come from the interview's own page. Go back, reload the page and try again.");
        }
        if ("/begin".equals(path)) {
            return begin(form);
        }
        if ("/finish".equals(path)) {
            interview.save();
            return Response.page(pages.finished()).thenStop();
        }
        Matcher question = QUESTION.matcher(path);
        if (question.matches() && question.group(1).equals("suggestion") && interview.started()) {
            Optional<Question> suggested = interview.suggestion(question.group(2));
            if (suggested.isEmpty()) {
                return Response.seeOther("/next"); // already dealt with, in another tab say
            }
            return confirm(suggested.get(), form.get("answer"));
        }
        if (question.matches() && question.group(1).equals("question") && interview.started()) {
            Optional<Question> asked = interview.relevant(question.group(2));
            if (asked.isEmpty()) {
                return Response.seeOther("/next");
            }
            return answer(asked.get(), form.get("answer"));
        }
        return Response.problem(404, "Page not found", "There is no form at this address.");
    }

    private Response begin(Form form) {
        String employer = form.get("employer") == null ? "" : form.get("employer").strip();
        if (employer.length() > MAX_EMPLOYER) {
            return Response.page(422, pages.welcome(employer.substring(0, MAX_EMPLOYER),
                    "The name is too long: at most " + MAX_EMPLOYER + " characters."));
        }
        if (employer.chars().anyMatch(Character::isISOControl)) {
            return Response.page(422, pages.welcome("", "The name has characters that cannot be saved; type it again."));
        }
        interview.start(employer);
        return Response.seeOther("/next");
    }

    private Response answer(Question question, String value) {
        String problem = problem(question, value);
        if (problem != null) {
            return Response.page(422, pages.question(question, problem));
        }
        interview.answer(question, value);
        return Response.seeOther("/next");
    }

    private Response confirm(Question question, String value) {
        String problem = problem(question, value);
        if (problem != null) {
            return Response.page(422, pages.suggestion(question, problem));
        }
        interview.confirm(question, value);
        return Response.seeOther("/next");
    }

    /** What is wrong with a posted answer, in words to show beside the question; null when nothing is. */
    private static String problem(Question question, String value) {
        if (value == null || value.isEmpty()) {
            return "Choose one of the answers, or \"" + question.labelOf("unknown") + "\" if you are not sure.";
        }
        if (!question.allows(value)) {
            List<String> labels = question.options().stream().map(o -> "\"" + o.label() + "\"").toList();
            return "That answer is not one of the choices; choose " + String.join(", ", labels) + ".";
        }
        return null;
    }

    private Response download(Download download) {
        String stem = interview.file() == null ? "interview" : NextTime.stem(interview.file());
        String name = (download.document() + "-" + stem).replaceAll("[^A-Za-z0-9._-]", "-") + "."
                + download.extension();
        return Response.attachment(download.mediaType(), name, download.render().apply(interview.reportInput()));
    }

    private static void send(HttpExchange exchange, Response response, long started, long cpuStarted)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.type());
        headers.set("Content-Security-Policy", response.headers().containsKey("Content-Disposition")
                ? "default-src 'none'; sandbox" : CONTENT_SECURITY_POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        response.headers().forEach(headers::set);
        // Wall time and this thread's processor time: on a busy machine the first includes waiting for a core.
        headers.set("Server-Timing", String.format(Locale.ROOT, "page;dur=%.1f, cpu;dur=%.1f",
                (System.nanoTime() - started) / 1e6, (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1e6));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
