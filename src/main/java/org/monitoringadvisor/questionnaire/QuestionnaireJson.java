package org.monitoringadvisor.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.knowledge.RuleBaseInfo;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.report.PrettyJson;

/**
 * The questionnaire as data, for tools that draw their own screens: the rule base, the topics, every question
 * with its wording, help, options (with labels, {@code unknown} last) and guidance ids, and every guidance point
 * with its citation. Which questions are asked after the first ones is decided by the rules as answers come in;
 * {@code askedFromStart} says which are asked before any answer. Same rule base, same bytes.
 */
public final class QuestionnaireJson {

    private QuestionnaireJson() {
    }

    /** Renders the questionnaire as pretty-printed JSON ending with a newline. */
    public static String render(Advisor advisor) {
        return write(tree(advisor));
    }

    /** The questionnaire as plain maps and lists. */
    public static Map<String, Object> tree(Advisor advisor) {
        Objects.requireNonNull(advisor, "advisor");
        Set<String> fromStart = askedFromStart(advisor);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ruleBase", ruleBase(advisor.info()));
        root.put("topics", topics(advisor.questions()));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question question : advisor.questions()) {
            Map<String, Object> json = question(question);
            json.put("askedFromStart", fromStart.contains(question.id()));
            questions.add(json);
        }
        root.put("questions", questions);
        root.put("guidance", advisor.knowledge().sources().all().stream().map(JsonReport::source).toList());
        return root;
    }

    /** One question: id, topic, wording, help, options with labels and the guidance ids it feeds. */
    public static Map<String, Object> question(Question question) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", question.id());
        json.put("topic", question.topic());
        json.put("text", question.text());
        json.put("help", question.help());
        json.put("options", question.options().stream().map(QuestionnaireJson::option).toList());
        json.put("guidance", question.guidance());
        return json;
    }

    /** The rule base's name, version and guidance date, as every JSON result carries them. */
    public static Map<String, Object> ruleBase(RuleBaseInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", info.name());
        json.put("version", info.version());
        json.put("guidanceAsOf", info.guidanceAsOf());
        return json;
    }

    /** Pretty-printed JSON ending with a newline, in the style of every JSON this product writes. */
    public static String write(Object tree) {
        return PrettyJson.write(tree);
    }

    private static Map<String, Object> option(Option option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", option.value());
        json.put("label", option.label());
        return json;
    }

    private static List<Map<String, Object>> topics(List<Question> questions) {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        questions.forEach(q -> byTopic.computeIfAbsent(q.topic(), t -> new ArrayList<>()).add(q.id()));
        List<Map<String, Object>> topics = new ArrayList<>();
        byTopic.forEach((name, ids) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", name);
            json.put("questions", ids);
            topics.add(json);
        });
        return topics;
    }

    private static Set<String> askedFromStart(Advisor advisor) {
        try (Interview interview = advisor.startInterview()) {
            return Set.copyOf(interview.relevant().stream().map(Question::id).toList());
        }
    }
}
