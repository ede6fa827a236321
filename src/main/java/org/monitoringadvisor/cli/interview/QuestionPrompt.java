package org.monitoringadvisor.cli.interview;

import java.util.List;
import org.monitoringadvisor.cli.interview.Console.Completion;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;

/**
 * One question at a time: shows it (with its topic heading when the topic changes, and the progress line), reads
 * the rep's reply until it is an answer, a kept answer or a command that goes elsewhere, and records the answer.
 */
final class QuestionPrompt {

    private final Screen screen;
    private final Advisor advisor;
    private final Interview interview;
    private final AnswersKeeper keeper;
    private final AnsweredOrder order;
    private final Commands commands;
    /** The topic of the question shown last, so its heading is shown once. */
    private String shownTopic;

    QuestionPrompt(Screen screen, Advisor advisor, Interview interview, AnswersKeeper keeper, AnsweredOrder order,
                   Commands commands) {
        this.screen = screen;
        this.advisor = advisor;
        this.interview = interview;
        this.keeper = keeper;
        this.order = order;
        this.commands = commands;
    }

    /**
     * Asks {@code question} (again, if it has an answer) until it is answered or the rep goes elsewhere.
     *
     * @return the question the rep went to ({@code back}, {@code review}); null to go on with the next one
     */
    Question ask(Question question) {
        String current = interview.answers().get(question.id());
        boolean changing = current != null;
        boolean newTopic = !question.topic().equals(shownTopic);
        shownTopic = question.topic();
        QuestionScreen.show(screen, question, newTopic, changing
                ? "Changing an earlier answer; it is now \"" + question.labelOf(current) + "\""
                : QuestionScreen.progress(answeredRelevant() + 1, topics(), question.topic()));
        String range = question.options().size() == 1 ? "1" : "1-" + question.options().size();
        String prompt = changing ? "Your answer (" + range + ", or Enter to keep it): "
                : "Your answer (" + range + ", or ? for help): ";
        List<Completion> completions = Keyword.completions(question.options());
        while (true) {
            Reply reply = ReplyParser.parse(screen.console().readLine(prompt, completions), question.options());
            if (reply instanceof Reply.Choice choice) {
                if (choice.guessed()) {
                    screen.text(Emphasis.QUIET, "Taken as: " + question.labelOf(choice.value()));
                }
                record(question, choice.value());
                return null;
            }
            if (reply instanceof Reply.Blank && changing) {
                screen.text(Emphasis.QUIET, "Kept: " + question.labelOf(current) + ".");
                return null;
            }
            if (reply instanceof Reply.Blank) {
                hint("Type " + ReplyParser.range(question.options()) + " to answer, or ? for help.");
                QuestionScreen.again(screen, question);
                continue;
            }
            if (reply instanceof Reply.Unclear unclear) {
                hint(unclear.hint());
                QuestionScreen.again(screen, question);
                continue;
            }
            Commands.Next next = commands.run(((Reply.Command) reply).keyword(), question);
            if (next instanceof Commands.Next.Revisit elsewhere) {
                return elsewhere.question();
            }
            if (next instanceof Commands.Next.Redraw) {
                QuestionScreen.again(screen, question);
            }
        }
    }

    /**
     * Gives or changes an answer, saves, and after a change says which findings came and went. The policy's
     * suggestions are recorded the same way, so their findings and files follow.
     */
    void record(Question question, String value) {
        String before = interview.answers().get(question.id());
        List<Finding> findingsBefore = before == null ? List.of() : interview.findings();
        int remainingBefore = interview.remaining().size();
        interview.answer(question.id(), value);
        order.answered(question);
        keeper.autosave(interview.answers());
        if (before == null) {
            return;
        }
        if (before.equals(value)) {
            screen.text(Emphasis.QUIET, "Kept: " + question.labelOf(value) + ".");
            return;
        }
        ChangeScreen.show(screen, question, value, findingsBefore, interview.findings(),
                interview.remaining().size() - remainingBefore);
    }

    private void hint(String text) {
        screen.text(Emphasis.ALERT, text);
    }

    /** The topics of the questionnaire, in the order the questions come. */
    private List<String> topics() {
        return advisor.questions().stream().map(Question::topic).distinct().toList();
    }

    private int answeredRelevant() {
        return (int) interview.relevant().stream().filter(q -> interview.answers().containsKey(q.id())).count();
    }
}
