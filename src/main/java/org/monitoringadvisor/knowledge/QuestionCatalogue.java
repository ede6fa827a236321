package org.monitoringadvisor.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;

/**
 * The questions, in the order the interview asks them, read from {@code questions.yaml}. Every question gets
 * the {@code unknown} option ("I don't know") added last.
 */
public final class QuestionCatalogue {

    static final String FILE = "questions.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Option UNKNOWN = new Option(Answer.UNKNOWN, "I don't know");

    private final Map<String, Question> byId;
    private final Map<String, Integer> positions = new HashMap<>();

    private QuestionCatalogue(Map<String, Question> byId) {
        this.byId = byId;
        byId.keySet().forEach(id -> positions.put(id, positions.size()));
    }

    static QuestionCatalogue load(KnowledgeFiles files) {
        Map<String, Question> byId = new LinkedHashMap<>();
        YamlNode root = YamlEntries.parse(files, FILE);
        for (YamlNode entry : YamlEntries.list(root, "questions", "")) {
            String id = YamlEntries.text(entry, "id", "a question");
            String where = "question \"" + id + "\"";
            requireId(entry, id, where);
            if (byId.containsKey(id)) {
                throw YamlEntries.problem(entry, where, "appears twice; question ids must be unique");
            }
            byId.put(id, new Question(id, YamlEntries.text(entry, "topic", where), YamlEntries.text(entry, "text", where),
                    YamlEntries.text(entry, "help", where), options(entry, where),
                    YamlEntries.texts(entry, "guidance", where)));
        }
        if (byId.isEmpty()) {
            throw new KnowledgeException(files.location(FILE), "has no questions");
        }
        return new QuestionCatalogue(byId);
    }

    private static List<Option> options(YamlNode entry, String where) {
        List<Option> options = new ArrayList<>();
        for (YamlNode option : YamlEntries.list(entry, "options", where)) {
            String value = YamlEntries.text(option, "value", where + ": an option");
            requireId(option, value, where + ": option \"" + value + "\"");
            if (value.equals(Answer.UNKNOWN)) {
                throw YamlEntries.problem(option, where, "lists \"unknown\"; it is added to every question, leave it out");
            }
            if (options.stream().anyMatch(o -> o.value().equals(value))) {
                throw YamlEntries.problem(option, where, "option \"" + value + "\" appears twice");
            }
            options.add(new Option(value, YamlEntries.text(option, "label", where + ": option \"" + value + "\"")));
        }
        if (options.isEmpty()) {
            throw YamlEntries.problem(entry, where, "has no options");
        }
        options.add(UNKNOWN);
        return options;
    }

    private static void requireId(YamlNode at, String id, String where) {
        if (!ID.matcher(id).matches()) {
            throw YamlEntries.problem(at, where, "ids and values are lower-case words joined by hyphens");
        }
    }

    /** All questions, in catalogue order. */
    public List<Question> all() {
        return List.copyOf(byId.values());
    }

    /** The question with this id, if any. */
    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The position of a question in the catalogue, or {@link Integer#MAX_VALUE} if it is not in it. */
    public int position(String id) {
        return positions.getOrDefault(id, Integer.MAX_VALUE);
    }
}
