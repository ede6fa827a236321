package org.monitoringadvisor.answers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of an answers file: its metadata (employer, workplace, date, rep and anything else), the answers
 * (question id to value), and the line each answer was on, so that later checks can point at it.
 *
 * <p>All three maps keep file order and are unmodifiable. The answers are not checked against the questions here;
 * the engine does that.
 *
 * @param source   the file name as given, or {@code <stdin>}
 * @param metadata every top-level key other than {@code answers}, as plain Java JSON values
 *                 (String, Number, Boolean, List, Map or null)
 * @param answers  question id to value, both lower-case
 * @param lines    question id to the 1-based line of its answer in the file
 */
public record AnswersFile(String source, Map<String, Object> metadata, Map<String, String> answers,
                          Map<String, Integer> lines) {

    /** The top-level key the answers live under. */
    public static final String ANSWERS_KEY = "answers";

    /** Copies the maps, keeping their order, so the record cannot change after it is made. */
    public AnswersFile {
        Objects.requireNonNull(source, "source");
        metadata = PlainValues.freezeMap(Objects.requireNonNull(metadata, "metadata"));
        if (metadata.containsKey(ANSWERS_KEY)) {
            throw new IllegalArgumentException("metadata cannot have an \"answers\" key");
        }
        answers = copyWithoutNulls(answers, "answers");
        lines = copyWithoutNulls(lines, "lines");
    }

    /**
     * Answers with no line information, for example from an interview about to be saved.
     *
     * @param source   a name for where the answers came from
     * @param metadata the metadata to keep
     * @param answers  question id to value
     * @return the answers file
     */
    public static AnswersFile of(String source, Map<String, Object> metadata, Map<String, String> answers) {
        return new AnswersFile(source, metadata, answers, Map.of());
    }

    /**
     * The line an answer was on.
     *
     * @param question a question id
     * @return its 1-based line, or 0 when unknown
     */
    public int lineOf(String question) {
        return lines.getOrDefault(question, 0);
    }

    /**
     * The employer named in the metadata.
     *
     * @return the {@code employer} value as trimmed text, or empty when it is absent, blank or not a single value
     */
    public Optional<String> employer() {
        Object value = metadata.get("employer");
        if (value == null || value instanceof Map || value instanceof List) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static <V> Map<String, V> copyWithoutNulls(Map<String, V> map, String name) {
        Objects.requireNonNull(map, name);
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(
                Objects.requireNonNull(key, name + " key"), Objects.requireNonNull(value, name + " value")));
        return Collections.unmodifiableMap(copy);
    }
}
