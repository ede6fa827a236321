package org.monitoringadvisor.cli.interview;

import java.util.List;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Question;

/** {@code review}: the answers to the questions that are relevant now, numbered so the rep can pick one. */
final class ReviewScreen {

    private ReviewScreen() {
    }

    /** Shows the numbered answers and returns their questions in the same order (empty when there are none). */
    static List<Question> show(Screen screen, Interview interview) {
        List<Question> answered = interview.relevant().stream()
                .filter(q -> interview.answers().containsKey(q.id())).toList();
        if (answered.isEmpty()) {
            return answered;
        }
        screen.heading("Your answers so far");
        for (int i = 0; i < answered.size(); i++) {
            Question question = answered.get(i);
            String number = String.format("  %d. ", i + 1);
            String pad = " ".repeat(number.length());
            screen.wrapped(number, pad, question.text());
            screen.wrapped(pad + "-> ", pad + "   ", question.labelOf(interview.answers().get(question.id())),
                    Emphasis.QUESTION);
        }
        return answered;
    }
}
