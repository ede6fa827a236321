package org.monitoringadvisor.engine.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.monitoringadvisor.knowledge.Position;
import org.monitoringadvisor.knowledge.QuestionCatalogue;
import org.monitoringadvisor.model.Question;

/**
 * Question ids and answer values written in rules are in the catalogue, so no condition silently never holds
 * ({@code value == "baned"}); and every question is both asked and read by some rule.
 */
final class QuestionLint implements Lint {

    private static final String QUESTION = "question";
    private static final String VALUE = "value";

    @Override
    public void check(LintInput input, Problems problems) {
        QuestionCatalogue catalogue = input.knowledge().questions();
        List<String> ids = catalogue.all().stream().map(Question::id).toList();
        Set<String> asked = new HashSet<>();
        Set<String> read = new HashSet<>();
        input.rules().forEach(rule -> {
            for (DrlRule.FactPattern pattern : rule.patterns()) {
                if (pattern.type().equals("Answer")) {
                    checkAnswerPattern(pattern, catalogue, ids, problems);
                    read.addAll(pattern.equalTo(QUESTION));
                } else if (pattern.type().equals("Ask")) {
                    pattern.on(QUESTION).forEach(c -> checkQuestionId(c.literal(), c.position(), ids, problems));
                }
            }
            for (DrlRule.NewFact fact : rule.created()) {
                if (fact.type().equals("Ask")) {
                    asked.add(fact.id());
                    checkQuestionId(fact.id(), fact.position(), ids, problems);
                }
            }
        });
        if (!input.allReadable()) {
            return;
        }
        for (String id : ids) {
            if (!asked.contains(id)) {
                problems.warning(input.lines().question(id), "question \"" + id + "\" is never asked: no rule "
                        + "inserts new Ask( \"" + id + "\" )");
            } else if (!read.contains(id)) {
                problems.warning(input.lines().question(id), "no rule reads the answer to question \"" + id
                        + "\": add a rule with Answer( question == \"" + id + "\", ... ) or stop asking it");
            }
        }
    }

    private static void checkQuestionId(String id, Position at, List<String> ids, Problems problems) {
        if (!ids.contains(id)) {
            problems.error(at, "unknown question \"" + id + "\"; it is not in " + CatalogueLines.QUESTIONS
                    + Suggestions.didYouMean(id, ids));
        }
    }

    /** Question ids must be known; values must be allowed for the question(s) the pattern is about. */
    private static void checkAnswerPattern(DrlRule.FactPattern pattern, QuestionCatalogue catalogue, List<String> ids,
                                           Problems problems) {
        pattern.on(QUESTION).forEach(c -> checkQuestionId(c.literal(), c.position(), ids, problems));
        List<Question> about = pattern.equalTo(QUESTION).stream().map(catalogue::find).flatMap(Optional::stream)
                .toList();
        boolean unknownQuestion = pattern.equalTo(QUESTION).size() > about.size();
        for (DrlRule.Comparison comparison : pattern.on(VALUE)) {
            String value = comparison.literal();
            if (!about.isEmpty()) {
                if (about.stream().noneMatch(q -> q.allows(value))) {
                    Set<String> allowed = new LinkedHashSet<>();
                    about.forEach(q -> allowed.addAll(q.values()));
                    problems.error(comparison.position(), "unknown value \"" + value + "\" for "
                            + String.join(" or ", about.stream().map(Question::id).toList()) + "; allowed: "
                            + String.join(", ", allowed) + Suggestions.didYouMean(value, new ArrayList<>(allowed)));
                }
            } else if (!unknownQuestion && catalogue.all().stream().noneMatch(q -> q.allows(value))) {
                problems.error(comparison.position(), "value \"" + value + "\" is not allowed by any question in "
                        + CatalogueLines.QUESTIONS);
            }
        }
    }
}
