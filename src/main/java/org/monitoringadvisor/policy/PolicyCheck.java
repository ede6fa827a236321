package org.monitoringadvisor.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.knowledge.Position;
import org.monitoringadvisor.knowledge.YamlNode;
import org.monitoringadvisor.knowledge.YamlReader;
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

    /**
     * What the check found: problems as {@code file:line:column: error: message} (scenario problems at the line of
     * the entry they are about), and how many scenarios ran.
     */
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
        YamlNode root;
        try {
            root = YamlReader.parse(file.location(), file.text());
        } catch (KnowledgeException e) {
            problems.add(error(e.position(), e.problem()));
            return 0;
        }
        YamlNode scenarios = root == null ? null : root.get("scenarios");
        if (scenarios == null || !scenarios.isList()) {
            problems.add(error(root == null ? Position.startOf(file.location()) : root.position(),
                    "expected a \"scenarios\" list"));
            return 0;
        }
        int run = 0;
        for (YamlNode scenario : scenarios.items()) {
            if (!scenario.isMap()) {
                problems.add(error(scenario.position(), "expected a scenario (name:, text:, suggests: ...)"));
                continue;
            }
            String name = Optional.ofNullable(text(scenario.get("name"))).orElse("(unnamed)");
            String about = "scenario \"" + name + "\": ";
            String text = text(scenario.get("text"));
            if (text == null || text.isBlank()) {
                problems.add(error(scenario.position(), about + "has no text"));
                continue;
            }
            PolicyReading reading = reader.read(DocumentReader.readText(text),
                    new PolicyDocument("scenario", "", "plain text", ""));
            YamlNode suggests = scenario.get("suggests");
            if (suggests != null && suggests.isMap()) {
                suggests.fields().forEach((question, expected) -> {
                    String value = text(expected);
                    if (value == null || find.apply(question).filter(q -> q.allows(value)).isEmpty()) {
                        problems.add(error(expected.position(), about + "expects " + question + "=" + value
                                + ", which is not a question and value of the questionnaire"));
                        return;
                    }
                    Optional<Suggestion> got = reading.suggestion(question);
                    if (got.isEmpty() || !got.get().value().equals(value)) {
                        problems.add(error(expected.position(), about + "expected " + question + "=" + value
                                + " to be suggested, but " + got.map(g -> "got " + g.value())
                                .orElse("nothing was suggested") + disagreement(reading, question)));
                    }
                });
            }
            YamlNode nothingFor = scenario.get("suggests-nothing-for");
            for (YamlNode none : nothingFor != null && nothingFor.isList() ? nothingFor.items() : List.<YamlNode>of()) {
                reading.suggestion(Optional.ofNullable(text(none)).orElse("")).ifPresent(g -> problems.add(error(
                        none.position(), about + "expected nothing for " + g.question() + ", but " + g.value()
                                + " was suggested from \"" + g.evidence().get(0).quote() + "\"")));
            }
            YamlNode disagreementOn = scenario.get("disagreement-on");
            String question = text(disagreementOn);
            if (question != null && reading.disagreements().stream().noneMatch(d -> d.question().equals(question))) {
                problems.add(error(disagreementOn.position(), about + "expected the passages on " + question
                        + " to be reported as disagreeing"));
            }
            run++;
        }
        return run;
    }

    /** A scalar's text as written, or null for a missing, empty or non-scalar node. */
    private static String text(YamlNode node) {
        return node == null || !node.isScalar() ? null : node.text();
    }

    private static String error(Position at, String message) {
        return at.label() + ": error: " + message;
    }

    private static String disagreement(PolicyReading reading, String question) {
        return reading.disagreements().stream().filter(d -> d.question().equals(question)).findFirst()
                .map(d -> " (" + d.because() + ")").orElse("");
    }
}
