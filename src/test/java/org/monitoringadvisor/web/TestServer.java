package org.monitoringadvisor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.report.TextReport;

/** A web interview on a free port for the tests, saving into a temporary folder, offering the text report. */
final class TestServer {

    static final Download TEXT_REPORT = new Download("report", "txt", "Plain text", "text/plain; charset=utf-8",
            input -> TextReport.render(input).getBytes(StandardCharsets.UTF_8));

    private TestServer() {
    }

    static WebServer start(Path folder) {
        return start(folder, null, List.of(TEXT_REPORT));
    }

    /** Carrying on with {@code resumed} (or a new interview when null), offering these downloads. */
    static WebServer start(Path folder, AnswersFile resumed, List<Download> downloads) {
        WebSettings settings = new WebSettings(0, resumed == null ? folder.resolve("answers.yaml") : null, resumed,
                employer -> folder.resolve("named.yaml"), LocalDate.of(2026, 12, 1), downloads,
                words -> String.join(" ", words), null);
        try {
            return WebServer.start(Advisor.builtIn(), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
