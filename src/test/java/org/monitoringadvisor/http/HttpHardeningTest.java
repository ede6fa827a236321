package org.monitoringadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.authoring.TinyRuleBase;
import org.monitoringadvisor.engine.Advisor;

/**
 * The service against what a hostile page or a careless client sends: another site's Host header (DNS
 * rebinding), bodies that are not JSON by their type, requests too broken to route, clients that send slowly, and
 * rules that never finish. Every answer is the documented JSON.
 */
class HttpHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWERS = "{\"answers\": {\"personal-use\": \"banned\"}}";

    private static HttpService service;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        service = HttpService.start(Advisor.builtIn(), HttpSettings.loopback(0));
        port = service.port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static RawHttp.Response get(String path, String host) {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private static RawHttp.Response post(String path, String contentType, String body) {
        String type = contentType == null ? "" : "Content-Type: " + contentType + "\r\n";
        return RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + type
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n"
                + body);
    }

    private static JsonNode error(RawHttp.Response response) throws Exception {
        assertThat(response.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Exception");
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("status").asInt()).isEqualTo(response.status());
        assertThat(error.path("code").asText()).isNotBlank();
        assertThat(error.path("message").asText()).isNotBlank();
        return error;
    }

    @Test
    void anotherSitesHostIsRefusedSoDnsRebindingCannotReadTheService() throws Exception {
        RawHttp.Response evil = get("/questions", "evil.example.com");
        RawHttp.Response evilWithPort = get("/questions", "evil.example.com:" + port);

        assertThat(evil.status()).isEqualTo(403);
        assertThat(error(evil).path("code").asText()).isEqualTo("wrong-host");
        assertThat(evilWithPort.status()).isEqualTo(403);
        assertThat(get("/questions", "localhost:" + port).status()).isEqualTo(200);
        assertThat(get("/questions", "127.0.0.1:" + port).status()).isEqualTo(200);
        assertThat(get("/questions", "127.0.0.1").status()).isEqualTo(200);
        assertThat(get("/questions", "localhost:" + (port == 1 ? 2 : port - 1)).status()).isEqualTo(403);
    }

    @Test
    void aBodyMustSayItIsJson() throws Exception {
        RawHttp.Response none = post("/assess", null, ANSWERS);
        RawHttp.Response lookalike = post("/assess", "application/jsonfoo", ANSWERS);
        RawHttp.Response latin = post("/assess", "application/json; charset=iso-8859-1", ANSWERS);

        for (RawHttp.Response refused : List.of(none, lookalike, latin)) {
            assertThat(refused.status()).isEqualTo(415);
            assertThat(error(refused).path("code").asText()).isEqualTo("unsupported-media-type");
        }
        assertThat(post("/assess", "application/json", ANSWERS).status()).isEqualTo(200);
        assertThat(post("/assess", "Application/JSON; charset=\"UTF-8\"", ANSWERS).status()).isEqualTo(200);
    }

    @Test
    void requestsTooOddToRouteAreAnsweredInJson() throws Exception {
        RawHttp.Response doubleSlash = get("//questions", "localhost");
        RawHttp.Response badLength = RawHttp.send(port, "POST /assess HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n" + ANSWERS);
        RawHttp.Response notHttp = RawHttp.send(port, "HELLO\r\n\r\n");

        assertThat(doubleSlash.status()).isIn(400, 404);
        error(doubleSlash);
        assertThat(badLength.status()).isEqualTo(400);
        error(badLength);
        assertThat(notHttp.status()).isEqualTo(400);
        error(notHttp);
    }

    @Test
    void aDozenSlowClientsDoNotHoldUpAnOrdinaryRequest() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                OutputStream out = socket.getOutputStream();
                // Half of them stop in the middle of their headers, half in the middle of their body.
                out.write((i % 2 == 0 ? "GET /questions HTTP/1.1\r\nHost: loc"
                        : "POST /assess HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"answ").getBytes(StandardCharsets.UTF_8));
                out.flush();
                slow.add(socket);
            }
            // The old server had four threads, each held by one of these until its 30 s limit.
            Http.Response ordinary = Http.send(Http.request(service.uri(), "questions")
                    .timeout(Duration.ofSeconds(5)).GET().build());

            assertThat(ordinary.status()).isEqualTo(200);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void rulesThatRunPastTheirTimeAreA503NamingTheRule(@TempDir Path dir) throws Exception {
        Advisor slow = Advisor.fromFolder(TinyRuleBase.in(dir).withSlowRules().folder())
                .withTimeBudget(Duration.ofSeconds(1));
        try (HttpService slowService = HttpService.start(slow, HttpSettings.loopback(0))) {
            Http.Response response = Http.post(slowService.uri(), "assess",
                    "{\"answers\": {\"monitoring-practice\": \"routine\"}}");

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.errorCode()).isEqualTo("assessment-timeout");
            assertThat(response.json().path("error").path("rule").asText()).isEqualTo("Tick slowly");
        }
    }
}
