package org.monitoringadvisor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes a rule base of a chosen size into a folder, shaped like the real one so that its cost says something
 * about the real one grown large: five rules per question, in groups of four questions where the first is always
 * asked and the other three only after certain answers to it (so relevance is re-computed as in an interview),
 * one-answer findings, a derived judgement and a rule joining it with another answer. Nothing here is product
 * knowledge; the wording is placeholder text.
 */
public final class GeneratedRuleBase {

    /** Rules written per question. */
    static final int RULES_PER_QUESTION = 5;
    private static final String[] VALUES = {"a", "b", "c"};

    private final int questions;

    /** A rule base of {@code rules} rules (rounded down to a multiple of five). */
    GeneratedRuleBase(int rules) {
        if (rules < RULES_PER_QUESTION) {
            throw new IllegalArgumentException("rules must be at least " + RULES_PER_QUESTION + ": " + rules);
        }
        this.questions = rules / RULES_PER_QUESTION;
    }

    /** Writes a generated rule base into a folder: {@code GeneratedRuleBase RULES FOLDER}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GeneratedRuleBase RULES FOLDER");
        }
        new GeneratedRuleBase(Integer.parseInt(args[0])).writeTo(Path.of(args[1]));
    }

    /** Writes the rule base into {@code folder} (created if missing) and returns it. */
    Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("rulebase.yaml"),
                    "name: Generated rule base\nversion: bench-" + questions * RULES_PER_QUESTION
                            + "\nguidance-as-of: 2026-01-01\n");
            Files.writeString(folder.resolve("sources.yaml"), sources());
            Files.writeString(folder.resolve("questions.yaml"), questionCatalogue());
            Files.writeString(folder.resolve("generated.findings.yaml"), findings());
            Files.writeString(folder.resolve("generated.drl"), drl());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A complete, valid set of answers, the same for the same seed. */
    Map<String, String> answers(long seed) {
        Random random = new Random(seed);
        Map<String, String> answers = new LinkedHashMap<>();
        for (int q = 0; q < questions; q++) {
            int pick = random.nextInt(VALUES.length + 1);
            answers.put(question(q), pick == VALUES.length ? "unknown" : VALUES[pick]);
        }
        return answers;
    }

    private static String question(int q) {
        return "q-" + q;
    }

    private static String guidance(int q) {
        return "bench/point-" + (q % 10);
    }

    private String sources() {
        StringBuilder yaml = new StringBuilder("documents:\n  - id: bench\n    title: Generated guidance\n"
                + "    publisher: Benchmark\n    published: \"2026\"\n    url: https://example.org/bench\n"
                + "    kind: other\n    current-as-of: \"2026-01\"\npoints:\n");
        for (int p = 0; p < 10; p++) {
            yaml.append("  - id: bench/point-").append(p).append("\n    document: bench\n")
                    .append("    summary: Placeholder point ").append(p).append(".\n");
        }
        return yaml.toString();
    }

    private String questionCatalogue() {
        StringBuilder yaml = new StringBuilder("questions:\n");
        for (int q = 0; q < questions; q++) {
            yaml.append("  - id: ").append(question(q)).append("\n    topic: Group ").append(q / 4)
                    .append("\n    text: Placeholder question ").append(q).append("?\n    help: Placeholder help.\n")
                    .append("    options:\n");
            for (String value : VALUES) {
                yaml.append("      - {value: ").append(value).append(", label: Option ").append(value).append("}\n");
            }
            yaml.append("    guidance: [").append(guidance(q)).append("]\n");
        }
        return yaml.toString();
    }

    private String findings() {
        StringBuilder yaml = new StringBuilder("findings:\n");
        for (int q = 0; q < questions; q++) {
            finding(yaml, "gap-" + q, "gap", "high");
            // A high-priority gap must say what management will object and how to answer it.
            yaml.append("    rebuttals:\n      - {objection: Placeholder objection., answer: Placeholder answer., ")
                    .append("guidance: [").append(guidance(q)).append("]}\n");
            finding(yaml, "strength-" + q, "strength", "low");
            finding(yaml, "joined-" + q, "ask", "medium");
        }
        return yaml.toString();
    }

    private static void finding(StringBuilder yaml, String id, String kind, String priority) {
        yaml.append("  - id: ").append(id).append("\n    kind: ").append(kind).append("\n    priority: ")
                .append(priority).append("\n    footing: union-aim\n    title: Placeholder finding ").append(id)
                .append("\n    advice: Placeholder advice.\n    points: [Placeholder point.]\n");
    }

    private String drl() {
        StringBuilder drl = new StringBuilder("package rules;\n\nimport org.monitoringadvisor.model.*;\n\n");
        for (int q = 0; q < questions; q++) {
            String id = question(q);
            String root = question(q - q % 4);
            String cites = guidance(q);
            rule(drl, "Ask " + id, cites, q % 4 == 0 ? ""
                    : "    Answer( question == \"" + root + "\", value in ( \"a\", \"b\" ) )\n",
                    "insertLogical( new Ask( \"" + id + "\" ) );");
            rule(drl, "Gap for " + id, cites, answer(id, "a"), "insertLogical( new Conclusion( \"gap-" + q + "\" ) );");
            rule(drl, "Strength for " + id, cites, answer(id, "b"),
                    "insertLogical( new Conclusion( \"strength-" + q + "\" ) );");
            rule(drl, "Judgement for " + id, cites, answer(id, "c"),
                    "insertLogical( new Judgement( \"c-" + q + "\" ) );");
            rule(drl, "Joined finding for " + id, cites,
                    "    Judgement( name == \"c-" + q + "\" )\n    Answer( question == \"" + root
                            + "\", value != \"unknown\" )\n",
                    "insertLogical( new Conclusion( \"joined-" + q + "\" ) );");
        }
        return drl.toString();
    }

    private static String answer(String question, String value) {
        return "    Answer( question == \"" + question + "\", value == \"" + value + "\" )\n";
    }

    private static void rule(StringBuilder drl, String name, String guidance, String when, String then) {
        drl.append("rule \"").append(name).append("\"\n    @guidance(\"").append(guidance).append("\")\nwhen\n")
                .append(when).append("then\n    ").append(then).append("\nend\n\n");
    }
}
