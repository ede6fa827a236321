package org.monitoringadvisor.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Relevance;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.report.ReportInput;

/**
 * One step of an interview as JSON, for tools that keep the answers themselves and ask the service what to ask
 * next: the next relevant question (with why it is asked) or null when none is left, how many relevant questions
 * are still unanswered, then the answers and findings so far in the shape of the findings JSON.
 */
public final class NextQuestionJson {

    private NextQuestionJson() {
    }

    /**
     * The step the interview has reached.
     *
     * @param interview the interview, with the answers so far given
     * @param advisor   the rule base it runs on
     * @param metadata  the answers file's metadata, echoed back
     * @return plain maps and lists, in a fixed order
     */
    public static Map<String, Object> tree(Interview interview, Advisor advisor, Map<String, Object> metadata) {
        Objects.requireNonNull(interview, "interview");
        Objects.requireNonNull(advisor, "advisor");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ruleBase", QuestionnaireJson.ruleBase(advisor.info()));
        List<Question> remaining = interview.remaining();
        root.put("next", remaining.isEmpty() ? null : next(interview, remaining.get(0)));
        root.put("remaining", remaining.size());
        root.put("remainingQuestions", remaining.stream().map(Question::id).toList());
        Map<String, Object> report = JsonReport.tree(ReportInput.of(interview.assessment(), advisor.knowledge(),
                metadata));
        report.remove("ruleBase"); // already first
        root.putAll(report);
        return root;
    }

    private static Map<String, Object> next(Interview interview, Question question) {
        Map<String, Object> json = QuestionnaireJson.question(question);
        json.put("why", interview.whyAsked(question.id()).stream().map(NextQuestionJson::why).toList());
        return json;
    }

    private static Map<String, Object> why(Relevance relevance) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", relevance.rule());
        json.put("because", relevance.because().stream().map(JsonReport::reason).toList());
        json.put("guidance", relevance.sources().stream().map(s -> s.id()).toList());
        return json;
    }
}
