package org.monitoringadvisor.engine.internal;

import java.util.HashMap;
import java.util.Map;
import org.monitoringadvisor.knowledge.QuestionCatalogue;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;

/**
 * One {@link Answer} fact for each option of each question, made once and inserted by every session, instead of a
 * new one at each insert: Drools' object store finds a fact by its identity hash code, which the JVM works out the
 * first time it is asked for, so a fact made once costs that once. Answers are immutable and Drools does not change
 * the facts it holds, so sessions on several threads can hold the same one; a session holds at most one answer per
 * question at a time, so the same fact never enters one session twice.
 */
final class AnswerFacts {

    private final String[] ids;
    /** By catalogue position: each allowed value's answer. */
    private final Map<String, Answer>[] byPosition;

    /** The answers to the questions of {@code catalogue}, whose ids in catalogue order are {@code ids}. */
    @SuppressWarnings("unchecked")
    AnswerFacts(QuestionCatalogue catalogue, String[] ids) {
        this.ids = ids;
        this.byPosition = new Map[ids.length];
        int position = 0;
        for (Question question : catalogue.all()) {
            Map<String, Answer> byValue = new HashMap<>();
            for (Option option : question.options()) {
                // Interned, as the JVM keeps the string literals of compiled classes: equal values are then more
                // often one object, which compares without reading its characters.
                String value = option.value().intern();
                byValue.put(value, new Answer(ids[position], value));
            }
            byPosition[position++] = byValue;
        }
    }

    /** The answer {@code value} to the question at {@code position}: the shared one if the catalogue allows it. */
    Answer answer(int position, String value) {
        Answer shared = byPosition[position].get(value);
        return shared != null ? shared : new Answer(ids[position], value);
    }
}
