package org.monitoringadvisor.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.cues.CueCatalogueReader;
import org.monitoringadvisor.policy.cues.CueProblem;
import org.monitoringadvisor.policy.reading.ReadingRules;
import org.monitoringadvisor.policy.reading.ReadingRules.DrlFile;
import org.monitoringadvisor.policy.text.DocumentReader;

/**
 * The rule authors' check of policy reading, for {@code check}: the cue catalogue is linted (unknown question ids
 * and values, patterns that do not compile), the reading rules compiled, and the scenarios run. Each scenario
 * pins what a snippet of policy text must suggest:
 *
 * <pre>
 * scenarios:
 *   - name: A reserved right to monitor is not routine monitoring
 *     text: The Council reserves the right to monitor all email.
 *     suggests: {}                          # question: value pairs that must be suggested
 *     suggests-nothing-for: [monitoring-practice]
 * </pre>
 */
public final class PolicyCheck {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** What the check found: problems as {@code file:line: error: message}, and how many scenarios ran. */
    public record Result(List<String> problems, int scenarios) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private PolicyCheck() {
    }

    /** Checks the cues, rules and scenarios against the questions of a rule base. */
    public static Result check(PolicyKnowledge knowledge, List<Question> questions) {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        Function<String, Optional<Question>> find = id -> Optional.ofNullable(byId.get(id));
        List<String> problems = new ArrayList<>();
        CueCatalogueReader.read(knowledge.cuesLocation(), knowledge.cues(), find).problems().stream()
                .map(CueProblem::toString).forEach(problems::add);
        ReadingRules.problems(knowledge.drl()).stream().map(ReadingRules.Problem::toString).forEach(problems::add);
        if (!problems.isEmpty()) {
            return new Result(problems, 0);
        }
        PolicyReader reader = PolicyReader.of(questions, knowledge);
        int run = 0;
        for (DrlFile file : knowledge.scenarios()) {
            run += runFile(reader, file, find, problems);
        }
        return new Result(problems, run);
    }

    private static int runFile(PolicyReader reader, DrlFile file, Function<String, Optional<Question>> find,
                               List<String> problems) {
        JsonNode root;
        try (JsonParser parser = YAML.getFactory().createParser(file.text())) {
            root = YAML.readTree(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(file.location() + ":" + (at == null ? 0 : at.getLineNr()) + ": error: not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
            return 0;
        } catch (java.io.IOException e) {
            problems.add(file.location() + ":0: error: cannot be read: " + e.getMessage());
            return 0;
        }
        JsonNode scenarios = root == null ? null : root.get("scenarios");
        if (scenarios == null || !scenarios.isArray()) {
            problems.add(file.location() + ":1: error: expected a \"scenarios\" list");
            return 0;
        }
        int run = 0;
        for (JsonNode scenario : scenarios) {
            String name = scenario.path("name").asText("(unnamed)");
            String where = file.location() + ":" + lineOf(file.text(), name) + ": error: scenario \"" + name + "\": ";
            String text = scenario.path("text").asText("");
            if (text.isBlank()) {
                problems.add(where + "has no text");
                continue;
            }
            PolicyReading reading = reader.read(DocumentReader.readText(text),
                    new PolicyDocument("scenario", "", "plain text", ""));
            scenario.path("suggests").fields().forEachRemaining(entry -> {
                String question = entry.getKey();
                String value = entry.getValue().asText();
                if (find.apply(question).filter(q -> q.allows(value)).isEmpty()) {
                    problems.add(where + "expects " + question + "=" + value + ", which is not a question and value"
                            + " of the questionnaire");
                    return;
                }
                Optional<Suggestion> got = reading.suggestion(question);
                if (got.isEmpty() || !got.get().value().equals(value)) {
                    problems.add(where + "expected " + question + "=" + value + " to be suggested, but "
                            + got.map(s -> "got " + s.value()).orElse("nothing was suggested")
                            + disagreement(reading, question));
                }
            });
            for (JsonNode none : scenario.path("suggests-nothing-for")) {
                reading.suggestion(none.asText()).ifPresent(s -> problems.add(where + "expected nothing for "
                        + s.question() + ", but " + s.value() + " was suggested from \"" + s.evidence().get(0).quote()
                        + "\""));
            }
            if (scenario.path("disagreement-on").isTextual()) {
                String question = scenario.path("disagreement-on").asText();
                if (reading.disagreements().stream().noneMatch(d -> d.question().equals(question))) {
                    problems.add(where + "expected the passages on " + question + " to be reported as disagreeing");
                }
            }
            run++;
        }
        return run;
    }

    private static String disagreement(PolicyReading reading, String question) {
        return reading.disagreements().stream().filter(d -> d.question().equals(question)).findFirst()
                .map(d -> " (" + d.because() + ")").orElse("");
    }

    private static int lineOf(String text, String name) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("name:") && lines[i].contains(name)) {
                return i + 1;
            }
        }
        return 1;
    }
}
