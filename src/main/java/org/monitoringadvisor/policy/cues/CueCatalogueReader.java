package org.monitoringadvisor.policy.cues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.monitoringadvisor.model.Question;

/**
 * Reads {@code policy-cues.yaml} and checks it against the questions: every question id and value must exist,
 * every stance and confidence be one of the allowed words, and every pattern compile. All problems are collected,
 * each with its line.
 *
 * <pre>
 * flags:
 *   hedge: ['\bmay\b', 'reserves? the right']
 * cues:
 *   monitoring-practice:
 *     routine:
 *       supports:
 *         - 'internet (use|access) is (logged|monitored)'
 *         - {pattern: 'emails? (are|is) monitored', confidence: medium}
 *       reserves: ['right to monitor']
 * </pre>
 */
public final class CueCatalogueReader {

    /** What reading gave: the catalogue (with the cues that were good) and the problems found. */
    public record Result(CueCatalogue catalogue, List<CueProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final String location;
    private final Function<String, Optional<Question>> questions;
    private final List<CueProblem> problems = new ArrayList<>();

    private CueCatalogueReader(String location, Function<String, Optional<Question>> questions) {
        this.location = location;
        this.questions = questions;
    }

    /**
     * Reads and checks a catalogue.
     *
     * @param location  the file's name, for messages
     * @param text      its contents
     * @param questions finds a question by id
     * @return the catalogue and every problem found
     */
    public static Result read(String location, String text, Function<String, Optional<Question>> questions) {
        return new CueCatalogueReader(location, questions).read(text);
    }

    private Result read(String text) {
        List<Cue> cues = new ArrayList<>();
        Map<String, List<Pattern>> flags = new LinkedHashMap<>();
        LinedYaml.Node root;
        try {
            root = LinedYaml.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (LinedYaml.SyntaxException e) {
            problem(e.line, e.getMessage());
            return new Result(new CueCatalogue(location, cues, flags), problems);
        }
        if (root == null || !root.isMap()) {
            problem(root == null ? 0 : root.line(), "expected a map with \"flags\" and \"cues\"");
            return new Result(new CueCatalogue(location, cues, flags), problems);
        }
        root.fields().forEach((key, node) -> {
            switch (key) {
                case "flags" -> readFlags(node, flags);
                case "cues" -> readCues(node, cues);
                default -> problem(node.line(), "unknown key \"" + key + "\"; allowed: flags, cues");
            }
        });
        return new Result(new CueCatalogue(location, cues, flags), problems);
    }

    private void readFlags(LinedYaml.Node node, Map<String, List<Pattern>> flags) {
        if (!node.isMap()) {
            problem(node.line(), "\"flags\" must map flag names to lists of patterns");
            return;
        }
        node.fields().forEach((name, patterns) -> {
            List<Pattern> compiled = new ArrayList<>();
            for (LinedYaml.Node item : items(patterns, "flag \"" + name + "\"")) {
                compile(item, item.text()).ifPresent(compiled::add);
            }
            flags.put(name, compiled);
        });
    }

    private void readCues(LinedYaml.Node node, List<Cue> cues) {
        if (!node.isMap()) {
            problem(node.line(), "\"cues\" must map question ids to their values");
            return;
        }
        node.fields().forEach((id, values) -> {
            Optional<Question> question = questions.apply(id);
            if (question.isEmpty()) {
                problem(values.line(), "unknown question \"" + id + "\"");
                return;
            }
            if (!values.isMap()) {
                problem(values.line(), "question \"" + id + "\" must map its values to stances");
                return;
            }
            values.fields().forEach((value, stances) -> {
                if (!question.get().allows(value) || "unknown".equals(value)) {
                    problem(stances.line(), "question \"" + id + "\" has no value \"" + value + "\"; allowed: "
                            + String.join(", ", question.get().values().stream().filter(v -> !v.equals("unknown")).toList()));
                    return;
                }
                readStances(id, value, stances, cues);
            });
        });
    }

    private void readStances(String question, String value, LinedYaml.Node stances, List<Cue> cues) {
        if (!stances.isMap()) {
            problem(stances.line(), "\"" + question + "\" value \"" + value
                    + "\" must map stances (" + String.join(", ", Cue.STANCES) + ") to lists of patterns");
            return;
        }
        stances.fields().forEach((stance, list) -> {
            if (!Cue.STANCES.contains(stance)) {
                problem(list.line(), "unknown stance \"" + stance + "\"; allowed: " + String.join(", ", Cue.STANCES));
                return;
            }
            for (LinedYaml.Node item : items(list, "stance \"" + stance + "\"")) {
                String pattern = item.text();
                String confidence = "high";
                if (item.isMap()) {
                    LinedYaml.Node p = item.fields().get("pattern");
                    LinedYaml.Node c = item.fields().get("confidence");
                    pattern = p == null ? null : p.text();
                    if (c != null) {
                        confidence = c.text();
                    }
                    for (String key : item.fields().keySet()) {
                        if (!key.equals("pattern") && !key.equals("confidence")) {
                            problem(item.fields().get(key).line(), "unknown key \"" + key
                                    + "\"; a cue has pattern and confidence");
                        }
                    }
                }
                if (!Cue.CONFIDENCES.contains(confidence)) {
                    problem(item.line(), "unknown confidence \"" + confidence + "\"; allowed: high, medium");
                    continue;
                }
                String finalConfidence = confidence;
                compile(item, pattern).ifPresent(compiled -> cues.add(new Cue(question, value, stance, compiled,
                        finalConfidence, location + ":" + item.line())));
            }
        });
    }

    private List<LinedYaml.Node> items(LinedYaml.Node node, String what) {
        if (node.isList()) {
            return node.items();
        }
        problem(node.line(), what + " must be a list of patterns");
        return List.of();
    }

    private Optional<Pattern> compile(LinedYaml.Node node, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            problem(node.line(), "empty pattern");
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(pattern));
        } catch (PatternSyntaxException e) {
            problem(node.line(), "pattern does not compile: " + e.getDescription() + " near index " + e.getIndex()
                    + " in '" + pattern + "'");
            return Optional.empty();
        }
    }

    private void problem(int line, String message) {
        problems.add(new CueProblem(location, line, message));
    }
}
