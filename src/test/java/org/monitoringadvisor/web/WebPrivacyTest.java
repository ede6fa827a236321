package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFileReader;

/**
 * What the interview keeps private: the answers file written after every answer, readable by the rep alone; Finish
 * saves and stops the server; nothing the rep entered reaches the log, even when a page fails.
 */
class WebPrivacyTest {

    @TempDir
    Path dir;

    @Test
    void everyAnswerIsSavedAtOnceToAFileOnlyTheRepCanRead() throws Exception {
        WebServer server = TestServer.start(dir);
        try {
            Visitor rep = new Visitor(server.base());
            rep.open(server.link());
            rep.post("/begin", "employer", "Example Ltd");
            Path file = dir.resolve("answers.yaml");
            List<Integer> counts = new ArrayList<>();

            Interviews.answerAll(rep, Map.of("policy-exists", "yes"), question -> {
                counts.add(AnswersFileReader.read(file).answers().size());
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .as("after answering %s", question).isEqualTo("rw-------");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            assertThat(counts).as("the file holds each answer as soon as it is given").startsWith(1, 2, 3);
            assertThat(AnswersFileReader.read(file).employer()).contains("Example Ltd");
        } finally {
            server.close();
        }
    }

    @Test
    void finishSavesAndStopsTheServer() throws Exception {
        WebServer server = TestServer.start(dir);
        Visitor rep = new Visitor(server.base());
        rep.open(server.link());
        rep.post("/begin", "employer", "");
        rep.post("/question/policy-exists", "answer", "no");
        Files.delete(dir.resolve("answers.yaml")); // so that only Finish can have written it again

        Visitor.Reply finished = rep.post("/finish");

        assertThat(finished.status()).isEqualTo(200);
        assertThat(finished.body()).contains("Your answers are saved");
        assertThat(server.awaitFinish(java.time.Duration.ofSeconds(10))).as("Finish ends the wait").isTrue();
        assertThat(AnswersFileReader.read(dir.resolve("answers.yaml")).answers()).containsEntry("policy-exists", "no");
        server.close();
        assertThat(reachable(server)).as("the server has stopped listening").isFalse();
    }

    @Test
    void aPageThatFailsLogsWhereButNeverWhatTheRepEntered() throws Exception {
        String secret = "Very Secret Employer Plc";
        Download failing = new Download("report", "txt", "Plain text", "text/plain", input -> {
            throw new IllegalStateException("cannot render for " + input.assessment().answers() + " " + secret);
        });
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        WebServer server = TestServer.start(dir, null, List.of(failing));
        try {
            Visitor rep = new Visitor(server.base());
            rep.open(server.link());
            rep.post("/begin", "employer", secret);
            Interviews.answerAll(rep, Map.of("policy-exists", "yes", "personal-use", "banned"));
            rep.get("/findings");
            rep.get("/review");
            assertThat(log.toString(StandardCharsets.UTF_8)).as("a whole interview logs nothing").isEmpty();

            Visitor.Reply reply = rep.get("/download/report.txt");

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.body()).contains("Something went wrong").doesNotContain(secret, "IllegalState", "at org.");
        } finally {
            server.close();
            System.setErr(err);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("internal error on GET /download/report.txt", "IllegalStateException");
        assertThat(logged).doesNotContain(secret, "banned", "policy-exists", "cannot render");
    }

    private static boolean reachable(WebServer server) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
