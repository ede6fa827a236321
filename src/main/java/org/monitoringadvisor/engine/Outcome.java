package org.monitoringadvisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;

/**
 * What one answer to a question would lead to, given the other answers so far: the findings it would add or take
 * away and the questions it would open. Worked out by trying the answer on a throwaway interview, so it is the
 * rules that say it, not this class. Every front end (the console, the browser) shows it the same way.
 *
 * @param option the answer tried
 * @param gained findings that answer would add
 * @param lost   findings that answer would take away
 * @param opens  questions that answer would make relevant
 */
public record Outcome(Option option, List<Finding> gained, List<Finding> lost, List<Question> opens) {

    /** Whether the answer changes nothing by itself. */
    public boolean isEmpty() {
        return gained.isEmpty() && lost.isEmpty() && opens.isEmpty();
    }

    /**
     * What each of the question's options would lead to, in option order.
     *
     * @param advisor  the rule base
     * @param answers  the answers so far; any answer to {@code question} itself is set aside
     * @param question the question being considered
     */
    public static List<Outcome> forEachOption(Advisor advisor, Map<String, String> answers, Question question) {
        Map<String, String> others = new LinkedHashMap<>(answers);
        others.remove(question.id());
        Trial without = Trial.of(advisor, others);
        List<Outcome> outcomes = new ArrayList<>();
        for (Option option : question.options()) {
            Map<String, String> with = new LinkedHashMap<>(others);
            with.put(question.id(), option.value());
            Trial trial = Trial.of(advisor, with);
            outcomes.add(new Outcome(option, minus(trial.findings, without.findings),
                    minus(without.findings, trial.findings),
                    trial.relevant.stream().filter(q -> !q.id().equals(question.id()))
                            .filter(q -> without.relevant.stream().noneMatch(r -> r.id().equals(q.id())))
                            .toList()));
        }
        return outcomes;
    }

    private static List<Finding> minus(List<Finding> these, List<Finding> those) {
        Set<String> ids = those.stream().map(Finding::id).collect(Collectors.toSet());
        return these.stream().filter(f -> !ids.contains(f.id())).toList();
    }

    /** The findings and relevant questions of one set of answers. */
    private record Trial(List<Finding> findings, List<Question> relevant) {

        static Trial of(Advisor advisor, Map<String, String> answers) {
            try (Interview trial = advisor.startInterview()) {
                trial.answerAll(answers);
                return new Trial(trial.findings(), trial.relevant());
            }
        }
    }
}
