package org.monitoringadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.questionnaire.QuestionnaireJson;
import org.monitoringadvisor.report.ReportInput;

/** The service over real HTTP on a free loopback port, as another tool would call it. */
class HttpServiceTest {

    private static final Advisor ADVISOR = Advisor.builtIn();
    private static HttpService service;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        service = HttpService.start(ADVISOR, HttpSettings.loopback(0));
        base = service.uri();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(service.port()).isPositive();
    }

    @Test
    void questionsAreTheQuestionnaireJsonWithTheRuleBaseVersion() {
        Http.Response response = Http.get(base, "questions");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo(QuestionnaireJson.render(ADVISOR));
        assertThat(response.json().path("ruleBase").path("version").asText()).isEqualTo(ADVISOR.version());
    }

    @Test
    void assessGivesTheSameJsonAsTheAssessCommand() throws Exception {
        Path sample = Path.of("facts-samples/council-routine-monitoring.json");
        AnswersFile file = AnswersFileReader.read(sample);
        String expected = JsonReport.render(ReportInput.of(ADVISOR.assess(file.answers()), ADVISOR.knowledge(), file.metadata()));

        Http.Response response = Http.post(base, "assess", Files.readString(sample));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(expected);
        assertThat(response.json().path("findings").toString()).contains("routine-monitoring-undisclosed");
    }

    @Test
    void anAnswersFileFromAnOlderReleaseWithUnknownKeysIsAccepted() throws Exception {
        String older = Files.readString(Path.of("src/test/resources/compatibility/older-release.json"));

        Http.Response response = Http.post(base, "assess", older);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("metadata").path("version").asInt()).isEqualTo(1);
    }

    @Test
    void nextStartsWithTheFirstQuestionWhenNothingIsAnswered() {
        JsonNode step = Http.post(base, "next", "{\"answers\": {}}").json();

        assertThat(step.path("next").path("id").asText()).isEqualTo(ADVISOR.questions().get(0).id());
        assertThat(step.path("next").path("options").toString()).contains("\"unknown\"", "I don't know");
        assertThat(step.path("next").path("why").get(0).path("rule").asText()).isNotBlank();
        assertThat(step.path("remaining").asInt()).isEqualTo(step.path("remainingQuestions").size()).isPositive();
        assertThat(step.path("ruleBase").path("version").asText()).isEqualTo(ADVISOR.version());
        assertThat(step.path("findings").size()).isZero();
    }

    @Test
    void nextAsksAboutDisclosureOnlyOnceRoutineMonitoringIsReported() {
        JsonNode routine = Http.post(base, "next", "{\"answers\": {\"monitoring-practice\": \"routine\"}}").json();
        JsonNode none = Http.post(base, "next", "{\"answers\": {\"monitoring-practice\": \"none\"}}").json();

        assertThat(routine.path("remainingQuestions").toString()).contains("monitoring-disclosed");
        assertThat(none.path("remainingQuestions").toString()).doesNotContain("monitoring-disclosed");
        assertThat(none.path("findings").toString()).contains("no-monitoring");
    }

    @Test
    void nextIsNullWithNothingRemainingOnceEveryRelevantQuestionIsAnswered() throws Exception {
        String complete = Files.readString(Path.of("facts-samples/council-routine-monitoring.json"));

        JsonNode step = Http.post(base, "next", complete).json();

        assertThat(step.path("next").isNull()).isTrue();
        assertThat(step.path("remaining").asInt()).isZero();
        assertThat(step.path("summary").path("gaps").asInt()).isPositive();
        assertThat(step.path("metadata").path("employer").asText()).isEqualTo("Example Borough Council");
    }

    @Test
    void theSameRequestGivesTheSameBytes() {
        String body = "{\"answers\": {\"personal-use\": \"banned\", \"social-media-access\": \"blocked\"}}";

        assertThat(Http.post(base, "next", body).body()).isEqualTo(Http.post(base, "next", body).body());
        assertThat(Http.post(base, "assess", body).body()).isEqualTo(Http.post(base, "assess", body).body());
    }

    @Test
    void brokenJsonIsA400NamingTheLine() {
        Http.Response response = Http.post(base, "assess", "{\n  \"answers\": {\n    \"personal-use\": \"banned\",\n  }\n}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalid-json");
        assertThat(response.json().path("error").path("line").asInt()).isEqualTo(4);
        assertThat(response.json().path("error").path("message").asText()).startsWith("line 4: not valid JSON");
    }

    @Test
    void aBodyWithoutAnswersIsA400SayingWhatIsExpected() {
        Http.Response response = Http.post(base, "next", "{\"employer\": \"Example\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalid-answers-file");
        assertThat(response.json().path("error").path("message").asText()).contains("\"answers\"");
    }

    @Test
    void anUnknownQuestionIsA400NamingItAndTheKnownOnes() {
        Http.Response response = Http.post(base, "assess", "{\"answers\": {\n\"personal_use\": \"banned\"}}");

        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().path("error");
        assertThat(error.path("code").asText()).isEqualTo("unknown-question");
        assertThat(error.path("question").asText()).isEqualTo("personal_use");
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("knownQuestions").toString()).contains("\"personal-use\"");
    }

    @Test
    void aValueNotAllowedIsA400ListingTheAllowedValues() {
        Http.Response response = Http.post(base, "next", "{\"answers\": {\"personal-use\": \"baned\"}}");

        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().path("error");
        assertThat(error.path("code").asText()).isEqualTo("value-not-allowed");
        assertThat(error.path("question").asText()).isEqualTo("personal-use");
        assertThat(error.path("value").asText()).isEqualTo("baned");
        assertThat(error.path("allowed").toString()).isEqualTo("[\"allowed\",\"limited\",\"banned\",\"unknown\"]");
        assertThat(response.json().path("ruleBase").path("version").asText()).isEqualTo(ADVISOR.version());
    }

    @Test
    void aValidAnswerIsNotRefused() {
        assertThat(Http.post(base, "next", "{\"answers\": {\"personal-use\": \"banned\"}}").status()).isEqualTo(200);
    }

    @Test
    void anUnknownPathIsA404ListingTheEndpoints() {
        Http.Response response = Http.get(base, "questions/personal-use");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").path("message").asText())
                .contains("GET /questions", "POST /assess", "POST /next");
    }

    @Test
    void theWrongMethodIsA405SayingWhichOneToUse() {
        Http.Response get = Http.get(base, "assess");
        Http.Response post = Http.post(base, "questions", "{}");

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String padding = " ".repeat(HttpSettings.DEFAULT_MAX_BODY_BYTES);
        Http.Response response = Http.post(base, "assess", "{\"answers\": {}}" + padding);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("body-too-large");
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        String body = "{\"answers\": {}}";
        String padding = " ".repeat(HttpSettings.DEFAULT_MAX_BODY_BYTES - body.length());

        assertThat(Http.post(base, "assess", body + padding).status()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonByItsTypeIsRefusedWith415() {
        Http.Response form = Http.post(base, "assess", "answers=x", "Content-Type", "application/x-www-form-urlencoded");
        Http.Response json = Http.post(base, "assess", "{\"answers\": {}}", "Content-Type", "application/json; charset=utf-8");

        assertThat(form.status()).isEqualTo(415);
        assertThat(json.status()).isEqualTo(200);
    }

    @Test
    void manyRequestsAtOnceEachGetTheirOwnAnswer() throws Exception {
        String banned = "{\"answers\": {\"personal-use\": \"banned\"}}";
        String allowed = "{\"answers\": {\"personal-use\": \"allowed\"}}";
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Response>> bans = new ArrayList<>();
            List<Future<Http.Response>> allows = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                bans.add(callers.submit(() -> Http.post(base, "assess", banned)));
                allows.add(callers.submit(() -> Http.post(base, "assess", allowed)));
            }
            for (Future<Http.Response> ban : bans) {
                assertThat(ban.get().body()).contains("\"personal-use-banned\"");
            }
            for (Future<Http.Response> allow : allows) {
                assertThat(allow.get().body()).doesNotContain("\"personal-use-banned\"");
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void withATokenEveryRequestMustCarryIt() throws Exception {
        String token = "correct-horse-battery-staple";
        try (HttpService guarded = HttpService.start(ADVISOR, HttpSettings.loopback(0).withToken(token))) {
            URI uri = guarded.uri();

            Http.Response none = Http.get(uri, "questions");
            Http.Response wrong = Http.get(uri, "questions", "Authorization", "Bearer correct-horse-battery-stapler");
            Http.Response right = Http.get(uri, "questions", "Authorization", "Bearer " + token);
            Http.Response unknownPath = Http.get(uri, "admin");

            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(right.status()).isEqualTo(200);
            assertThat(unknownPath.status()).as("says nothing about paths before the token").isEqualTo(401);
            assertThat(Http.send(Http.request(uri, "assess", "Authorization", "Bearer " + token,
                    "Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"answers\": {}}")).build()).status()).isEqualTo(200);
        }
    }
}
