package org.monitoringadvisor.cli.interview;

import java.util.ArrayList;
import java.util.List;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;

/**
 * {@code review}: lists the answers so far (and the employer's name, last) and lets the rep choose one to change.
 * Only {@code quit} works here as a command; anything else gets the one-line hint.
 */
final class ReviewPrompt {

    /** The choice that changes the employer's name rather than an answer. */
    private static final String EMPLOYER_CHOICE = "employer's name";

    private final Screen screen;
    private final Advisor advisor;
    private final Interview interview;
    private final AnswersKeeper keeper;

    ReviewPrompt(Screen screen, Advisor advisor, Interview interview, AnswersKeeper keeper) {
        this.screen = screen;
        this.advisor = advisor;
        this.interview = interview;
        this.keeper = keeper;
    }

    /** The question chosen to answer again; null when the rep carries on or changed the employer's name. */
    Question run() {
        List<List<Question>> shown = new ArrayList<>();
        screen.paged(page -> shown.add(ReviewScreen.show(page, interview, keeper.employer())));
        List<Question> answered = shown.get(0);
        List<Option> choices = new ArrayList<>(answered.stream().map(q -> new Option(q.id(), q.text())).toList());
        choices.add(new Option(EMPLOYER_CHOICE, "Employer's name"));
        while (true) {
            String line = screen.console().readLine("Number of the answer to change (or Enter to carry on): ",
                    Keyword.completions());
            Reply reply = ReplyParser.parse(line, choices);
            if (reply instanceof Reply.Choice choice && choice.value().equals(EMPLOYER_CHOICE)) {
                changeEmployer();
                return null;
            }
            if (reply instanceof Reply.Choice choice) {
                return advisor.question(choice.value()).orElseThrow();
            }
            if (reply instanceof Reply.Blank) {
                return null;
            }
            if (reply instanceof Reply.Command command && command.keyword() == Keyword.QUIT) {
                throw new LeaveException(LeaveException.How.QUIT);
            }
            screen.text(Emphasis.ALERT, "Type " + ReplyParser.range(choices)
                    + " to change that answer, or press Enter to carry on.");
        }
    }

    /** A new name for the employer, kept in the answers file; the file keeps its name. */
    private void changeEmployer() {
        String employer = keeper.employer();
        String line = screen.console().readLine("Employer's name" + (employer.isEmpty() ? ""
                : " (Enter keeps \"" + employer + "\")") + ": ", List.of());
        String name = line.strip();
        if (name.isEmpty() || name.equals(employer)) {
            screen.text(Emphasis.QUIET, "Kept: " + (employer.isEmpty() ? "no name" : employer) + ".");
            return;
        }
        keeper.renameEmployer(name, interview.answers());
        screen.text(Emphasis.GOOD, "The employer's name is now " + name + ".");
    }
}
