package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only the browser that opened the one-time link gets in, only under a name of this machine, and only forms from
 * the interview's own pages are taken; every answer carries the headers that keep the pages to themselves.
 */
class WebSecurityTest {

    @TempDir
    Path dir;

    private WebServer server;
    private Visitor rep;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        rep = new Visitor(server.base());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theLinkSetsAPrivateCookieAndRedirectsSoTheKeyLeavesTheAddressBar() {
        Visitor.Reply opened = rep.open(server.link());

        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.header("Location")).isEqualTo("/");
        assertThat(opened.header("Set-Cookie")).contains("HttpOnly", "SameSite=Strict", "Path=/")
                .doesNotContain(server.link().getRawQuery().substring("key=".length()));
        assertThat(rep.get("/").status()).isEqualTo(200);
    }

    @Test
    void theLinkWorksOnceAndOnlyInTheBrowserThatOpenedIt() {
        rep.open(server.link());
        Visitor other = new Visitor(server.base());

        Visitor.Reply second = other.open(server.link());

        assertThat(second.status()).isEqualTo(403);
        assertThat(second.header("Set-Cookie")).isNull();
        assertThat(second.body()).contains("This link has been used");
        assertThat(other.get("/").status()).isEqualTo(403);
        assertThat(rep.get("/").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/next", "/review", "/findings", "/question/policy-exists", "/download/report.txt",
            "/style.css", "/open?key=wrong"})
    void withoutTheSecretEveryPageIsRefused(String path) {
        Visitor.Reply reply = new Visitor(server.base()).get(path);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).doesNotContain("name=\"csrf\"").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example:PORT", "127.0.0.1.evil.example:PORT", "127.0.0.1:1", "localhost", "",
            "127.0.0.1"})
    void aHostHeaderThatIsNotThisMachineIsRefusedEvenWithTheCookie(String host) {
        rep.open(server.link());
        String cookie = cookieOf(rep);

        Visitor.Reply reply = rep.send("GET", "/", host.replace("PORT", "" + server.port()), null, cookie, null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("Not this address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:PORT", "127.0.0.1:PORT", "LOCALHOST:PORT"})
    void theLoopbackNamesAreLetIn(String host) {
        rep.open(server.link());

        Visitor.Reply reply = rep.send("GET", "/", host.replace("PORT", "" + server.port()), null, cookieOf(rep), null);

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void aFormWithoutTheTokenIsRefusedAndChangesNothing() {
        rep.open(server.link());

        Visitor.Reply begin = rep.postRaw("/begin", "employer", "Forged Ltd");
        Visitor.Reply wrong = rep.postRaw("/begin", "employer", "Forged Ltd", "csrf", "not-the-token");

        assertThat(begin.status()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(rep.get("/").body()).contains("name=\"employer\"").doesNotContain("Forged Ltd");
        assertThat(rep.postRaw("/finish").status()).isEqualTo(403);
        assertThat(rep.get("/").status()).as("a refused Finish does not stop the server").isEqualTo(200);
    }

    @Test
    void aFormFromAnotherOriginIsRefusedEvenWithTheToken() {
        rep.open(server.link());
        String body = "employer=Forged&csrf=" + rep.token();

        Visitor.Reply reply = rep.send("POST", "/begin", rep.host(), body, cookieOf(rep), "http://evil.example");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(rep.send("POST", "/begin", rep.host(), body, cookieOf(rep), "http://" + rep.host()).status())
                .isEqualTo(303);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndNoCorsHeader() {
        rep.open(server.link());

        for (Visitor.Reply reply : new Visitor.Reply[] {rep.get("/"), new Visitor(server.base()).get("/"),
                rep.get("/style.css")}) {
            assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'",
                    "form-action 'self'").doesNotContain("unsafe");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
            assertThat(reply.headers()).doesNotContainKey("access-control-allow-origin");
        }
    }

    @Test
    void aBadAnswerGetsTheQuestionBackWithTheProblemBesideItAndNothingSaved() throws Exception {
        rep.open(server.link());
        rep.post("/begin", "employer", "");

        Visitor.Reply none = rep.post("/question/policy-exists");
        Visitor.Reply wrong = rep.post("/question/policy-exists", "answer", "perhaps");

        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("id=\"answer-error\"", "Choose one of the answers", "name=\"answer\"",
                "aria-describedby=\"answer-error\"");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("not one of the choices", "Yes, there is a written policy")
                .doesNotContain("Exception", "at org.");
        assertThat(Files.exists(dir.resolve("answers.yaml"))).isFalse();
        assertThat(rep.post("/question/policy-exists", "answer", "yes").status()).isEqualTo(303);
        assertThat(Files.readString(dir.resolve("answers.yaml"))).contains("policy-exists: \"yes\"");
    }

    @Test
    void aMalformedFormIsAPageThatSaysSoNotAStackTrace() {
        rep.open(server.link());

        Visitor.Reply reply = rep.send("POST", "/begin", rep.host(), "employer=%zz&csrf=" + rep.token(),
                cookieOf(rep), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("The form could not be read").doesNotContain("Exception");
    }

    private static String cookieOf(Visitor visitor) {
        return visitor.cookie;
    }
}
