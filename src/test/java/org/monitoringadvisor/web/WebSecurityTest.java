package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only the browser that opened the one-time link gets in, only under a name of this machine, and only forms from
 * the interview's own pages are taken; every answer carries the headers that keep the pages to themselves.
 */
class WebSecurityTest {

    @RegisterExtension
    final WebInterviewFixture web = new WebInterviewFixture();

    @Test
    void theLinkSetsAPrivateCookieAndRedirectsSoTheKeyLeavesTheAddressBar() {
        Visitor.Reply opened = web.rep().open(web.server().link());

        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.header("Location")).isEqualTo("/");
        assertThat(opened.header("Set-Cookie")).contains("HttpOnly", "SameSite=Strict", "Path=/")
                .doesNotContain(web.server().link().getRawQuery().substring("key=".length()));
        assertThat(web.rep().get("/").status()).isEqualTo(200);
    }

    @Test
    void theLinkWorksOnceAndOnlyInTheBrowserThatOpenedIt() {
        WebServer server = web.server();
        web.admittedRep();
        Visitor other = new Visitor(server.base());

        Visitor.Reply second = other.open(server.link());

        assertThat(second.status()).isEqualTo(403);
        assertThat(second.header("Set-Cookie")).isNull();
        assertThat(second.body()).contains("This link has been used");
        assertThat(other.get("/").status()).isEqualTo(403);
        assertThat(web.rep().get("/").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/next", "/review", "/findings", "/question/policy-exists", "/download/report.txt",
            "/style.css", "/open?key=wrong"})
    void withoutTheSecretEveryPageIsRefused(String path) {
        Visitor.Reply reply = new Visitor(web.server().base()).get(path);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).doesNotContain("name=\"csrf\"").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example:PORT", "127.0.0.1.evil.example:PORT", "127.0.0.1:1", "localhost", "",
            "127.0.0.1"})
    void aHostHeaderThatIsNotThisMachineIsRefusedEvenWithTheCookie(String host) {
        Visitor rep = web.admittedRep();
        String cookie = cookieOf(rep);

        Visitor.Reply reply = rep.send("GET", "/", host.replace("PORT", "" + web.server().port()), null, cookie, null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("Not this address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:PORT", "127.0.0.1:PORT", "LOCALHOST:PORT"})
    void theLoopbackNamesAreLetIn(String host) {
        Visitor rep = web.admittedRep();

        Visitor.Reply reply = rep.send("GET", "/", host.replace("PORT", "" + web.server().port()), null, cookieOf(rep),
                null);

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void aFormWithoutTheTokenIsRefusedAndChangesNothing() {
        Visitor rep = web.admittedRep();

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
        Visitor rep = web.admittedRep();
        String body = "employer=Forged&csrf=" + rep.token();

        Visitor.Reply reply = rep.send("POST", "/begin", rep.host(), body, cookieOf(rep), "http://evil.example");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(rep.send("POST", "/begin", rep.host(), body, cookieOf(rep), "http://" + rep.host()).status())
                .isEqualTo(303);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndNoCorsHeader() {
        Visitor rep = web.admittedRep();

        for (Visitor.Reply reply : new Visitor.Reply[] {rep.get("/"), new Visitor(web.server().base()).get("/"),
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
        Visitor rep = web.begin("");

        Visitor.Reply none = rep.post("/question/policy-exists");
        Visitor.Reply wrong = rep.post("/question/policy-exists", "answer", "perhaps");

        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("id=\"answer-error\"", "Choose one of the answers", "name=\"answer\"",
                "aria-describedby=\"answer-error\"");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("not one of the choices", "Yes, there is a written policy")
                .doesNotContain("Exception", "at org.");
        assertThat(Files.exists(web.dir().resolve("answers.yaml"))).isFalse();
        assertThat(rep.post("/question/policy-exists", "answer", "yes").status()).isEqualTo(303);
        assertThat(Files.readString(web.dir().resolve("answers.yaml"))).contains("policy-exists: \"yes\"");
    }

    @Test
    void aMalformedFormIsAPageThatSaysSoNotAStackTrace() {
        Visitor rep = web.admittedRep();

        Visitor.Reply reply = rep.send("POST", "/begin", rep.host(), "employer=%zz&csrf=" + rep.token(),
                cookieOf(rep), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("The form could not be read").doesNotContain("Exception");
    }

    private static String cookieOf(Visitor visitor) {
        return visitor.cookie;
    }
}
