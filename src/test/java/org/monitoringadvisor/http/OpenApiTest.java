package org.monitoringadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;

/**
 * docs/openapi.yaml describes the service as it is: the same paths and methods, and every field it calls
 * required is in what the service really sends.
 */
class OpenApiTest {

    private static JsonNode api;
    private static HttpService service;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        api = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docs/openapi.yaml").toFile());
        service = HttpService.start(Advisor.builtIn(), HttpSettings.loopback(0));
        base = service.uri();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void describesExactlyThePathsAndMethodsTheServiceAnswers() {
        Map<String, String> described = new LinkedHashMap<>();
        api.path("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.put(path.getKey(), method.toUpperCase())));

        assertThat(described).isEqualTo(service.routes());
    }

    @Test
    void itsVersionIsThePomVersion() throws Exception {
        Matcher version = Pattern.compile("<artifactId>monitoring-advisor</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));

        assertThat(version.find()).isTrue();
        assertThat(api.path("info").path("version").asText()).isEqualTo(version.group(1));
    }

    @Test
    void theQuestionnaireHasEveryRequiredField() {
        JsonNode questionnaire = Http.get(base, "questions").json();

        assertRequired("Questionnaire", questionnaire);
        assertRequired("RuleBase", questionnaire.path("ruleBase"));
        assertRequired("Topic", questionnaire.path("topics").get(0));
        questionnaire.path("questions").forEach(q -> assertRequired("Question", q));
        assertRequired("Option", questionnaire.path("questions").get(0).path("options").get(0));
        questionnaire.path("guidance").forEach(g -> assertRequired("GuidancePoint", g));
    }

    @Test
    void theFindingsReportHasEveryRequiredField() {
        JsonNode report = Http.post(base, "assess", "{\"answers\": {\"personal-use\": \"banned\"}}").json();

        assertRequired("FindingsReport", report);
        assertRequired("Summary", report.path("summary"));
        assertThat(report.path("findings").size()).isPositive();
        report.path("findings").forEach(f -> {
            assertRequired("Finding", f);
            f.path("because").forEach(r -> assertRequired("Reason", r));
        });
    }

    @Test
    void theNextStepHasEveryRequiredField() {
        JsonNode step = Http.post(base, "next", "{\"answers\": {\"monitoring-practice\": \"routine\"}}").json();

        assertRequired("NextStep", step);
        assertRequired("Question", step.path("next"));
        assertThat(step.path("next").has("why")).isTrue();
        step.path("next").path("why").forEach(w -> assertRequired("Why", w));
    }

    @Test
    void everyErrorCodeSentIsListed() {
        List<Http.Response> errors = List.of(
                Http.post(base, "assess", "{"),
                Http.post(base, "assess", "[]"),
                Http.post(base, "assess", "{\"answers\": {\"nope\": \"x\"}}"),
                Http.post(base, "assess", "{\"answers\": {\"personal-use\": \"x\"}}"),
                Http.get(base, "nope"),
                Http.get(base, "next"),
                Http.post(base, "next", "x".repeat(HttpSettings.DEFAULT_MAX_BODY_BYTES + 1)),
                Http.post(base, "next", "{}", "Content-Type", "text/plain"),
                Http.post(base, "next", "{}", "Content-Type", "application/jsonfoo"));
        List<String> listed = new ArrayList<>();
        schema("Error").path("properties").path("code").path("enum").forEach(code -> listed.add(code.asText()));
        List<String> statuses = new ArrayList<>(List.of("404")); // described once, in info: any other path
        api.path("paths").forEach(path -> path.forEach(operation ->
                operation.path("responses").fieldNames().forEachRemaining(statuses::add)));

        for (Http.Response error : errors) {
            assertRequired("ErrorResponse", error.json());
            assertRequired("Error", error.json().path("error"));
            assertThat(listed).contains(error.errorCode());
            assertThat(statuses).contains(String.valueOf(error.status()));
        }
    }

    private static JsonNode schema(String name) {
        JsonNode schema = api.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema %s", name).isFalse();
        return schema;
    }

    private static void assertRequired(String schemaName, JsonNode actual) {
        List<String> missing = new ArrayList<>();
        schema(schemaName).path("required").forEach(field -> {
            if (!actual.has(field.asText())) {
                missing.add(field.asText());
            }
        });
        assertThat(missing).as("%s fields required by the OpenAPI file but missing from %s", schemaName, actual)
                .isEmpty();
    }
}
