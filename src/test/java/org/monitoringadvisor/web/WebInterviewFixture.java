package org.monitoringadvisor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A web interview for each test ({@link TestServer#start(Path)}: a free port, saving into a fresh temporary folder)
 * and the rep's browser, which has not opened the one-time link yet. Stopped and its folder removed after the test.
 *
 * <pre>
 * &#64;RegisterExtension
 * final WebInterviewFixture web = new WebInterviewFixture();
 * </pre>
 */
final class WebInterviewFixture implements BeforeEachCallback, AfterEachCallback {

    private Path dir;
    private WebServer server;
    private Visitor rep;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("web-interview-");
        server = TestServer.start(dir);
        rep = new Visitor(server.base());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            server.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(WebInterviewFixture::delete);
            }
        }
    }

    /** The folder the interview saves its answers in. */
    Path dir() {
        return dir;
    }

    WebServer server() {
        return server;
    }

    /** The rep's browser. */
    Visitor rep() {
        return rep;
    }

    /** The rep's browser once it has opened the one-time link. */
    Visitor admittedRep() {
        rep.open(server.link());
        return rep;
    }

    /** The rep's browser once it has opened the one-time link and begun the interview for {@code employer}. */
    Visitor begin(String employer) {
        admittedRep().post("/begin", "employer", employer);
        return rep;
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
