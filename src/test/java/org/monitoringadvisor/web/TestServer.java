package org.monitoringadvisor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.report.TextReport;

/** A web interview on a free port for the tests, saving into a temporary folder, offering the text report. */
final class TestServer {

    private TestServer() {
    }

    static WebServer start(Path folder) {
        WebSettings settings = new WebSettings(0, folder.resolve("answers.yaml"), null,
                employer -> folder.resolve("named.yaml"), LocalDate.of(2026, 12, 1),
                List.of(new Download("report", "txt", "Plain text", "text/plain; charset=utf-8",
                        input -> TextReport.render(input).getBytes(StandardCharsets.UTF_8))),
                words -> String.join(" ", words), null);
        try {
            return WebServer.start(Advisor.builtIn(), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
