package org.monitoringadvisor.cli.interview;

import java.util.List;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;

/** Shows a question: its topic when the topic changes, the progress line, the question and its numbered options. */
final class QuestionScreen {

    private QuestionScreen() {
    }

    /**
     * @param topic    whether to show the topic heading first
     * @param progress for example "Question 5 · topic 2 of 9"
     */
    static void show(Screen screen, Question question, boolean topic, String progress) {
        if (topic) {
            screen.heading(question.topic());
        } else {
            screen.blank();
        }
        screen.text(Emphasis.QUIET, progress);
        options(screen, question);
    }

    /** The question and its options again, without heading or progress (after a hint or a command). */
    static void again(Screen screen, Question question) {
        screen.blank();
        options(screen, question);
    }

    private static void options(Screen screen, Question question) {
        screen.text(Emphasis.QUESTION, question.text());
        List<Option> options = question.options();
        for (int i = 0; i < options.size(); i++) {
            String number = String.format("  %d. ", i + 1);
            screen.wrapped(number, " ".repeat(number.length()), options.get(i).label());
        }
    }

    /**
     * "Question 5 · topic 2 of 9": the number answered so far and where the question's topic stands in the
     * questionnaire. How many questions are left depends on answers not yet given, so no count is promised.
     */
    static String progress(int number, List<String> topics, String topic) {
        int index = topics.indexOf(topic);
        return "Question " + number + (index < 0 ? "" : " \u00b7 topic " + (index + 1) + " of " + topics.size());
    }
}
