package org.monitoringadvisor.questionnaire;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.report.Wrap;

/**
 * The questionnaire as plain text, for a rule author or a developer reading it at the terminal: each topic, each
 * question with its id, wording, help, values with their labels and the guidance it feeds.
 */
public final class QuestionnaireText {

    private static final String INDENT = "   ";

    private QuestionnaireText() {
    }

    /** Renders every question of the advisor's rule base, in the order an interview asks them. */
    public static String render(Advisor advisor) {
        Objects.requireNonNull(advisor, "advisor");
        Set<String> fromStart;
        try (Interview interview = advisor.startInterview()) {
            fromStart = interview.relevant().stream().map(Question::id).collect(Collectors.toSet());
        }
        StringBuilder out = new StringBuilder();
        out.append("Monitoring Advisor: the questions\n");
        out.append("Rule base ").append(advisor.version()).append(", guidance current as of ")
                .append(advisor.info().guidanceAsOf()).append('\n');
        out.append(Wrap.lines("", "", advisor.questions().size() + " questions. Those marked \"asked later\" are"
                + " asked only when earlier answers make them relevant."));
        String topic = null;
        for (Question question : advisor.questions()) {
            if (!question.topic().equals(topic)) {
                topic = question.topic();
                out.append('\n').append(topic.toUpperCase(Locale.ROOT)).append('\n');
            }
            out.append('\n').append(INDENT).append(question.id())
                    .append(fromStart.contains(question.id()) ? "" : "  (asked later)").append('\n');
            out.append(Wrap.lines(INDENT, INDENT, question.text()));
            out.append(Wrap.lines(INDENT + "Help: ", INDENT + "      ", question.help()));
            for (Option option : question.options()) {
                out.append(Wrap.lines(INDENT + "  " + option.value() + ": ",
                        INDENT + "    ", option.label()));
            }
            out.append(Wrap.lines(INDENT + "Guidance: ", INDENT + "          ",
                    String.join(", ", question.guidance())));
        }
        return out.toString();
    }
}
