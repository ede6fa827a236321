package org.monitoringadvisor.cli.interview;

import java.util.List;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Question;

/** {@code review}: the answers to the questions relevant now, and the employer's name, numbered to pick one. */
final class ReviewScreen {

    private ReviewScreen() {
    }

    /**
     * Shows the numbered answers, then the employer's name numbered after them, and returns the questions in the
     * same order.
     */
    static List<Question> show(Screen screen, Interview interview, String employer) {
        List<Question> answered = interview.relevant().stream()
                .filter(q -> interview.answers().containsKey(q.id())).toList();
        screen.heading("Your answers so far");
        for (int i = 0; i < answered.size(); i++) {
            Question question = answered.get(i);
            String number = String.format("  %d. ", i + 1);
            String pad = " ".repeat(number.length());
            screen.wrapped(number, pad, question.text());
            screen.wrapped(pad + "-> ", pad + "   ", question.labelOf(interview.answers().get(question.id())),
                    Emphasis.QUESTION);
        }
        String number = String.format("  %d. ", answered.size() + 1);
        String pad = " ".repeat(number.length());
        screen.wrapped(number, pad, "Employer's name");
        screen.wrapped(pad + "-> ", pad + "   ", employer.isEmpty() ? "(none given)" : employer, Emphasis.QUESTION);
        return answered;
    }
}
