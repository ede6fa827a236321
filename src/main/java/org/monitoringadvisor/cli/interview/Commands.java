package org.monitoringadvisor.cli.interview;

import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Question;

/**
 * What each command ({@link Keyword}) does once the questions have started, in one place for the question prompts
 * and the end menu. Where the rep is decides only what help, why and back mean: at a question they are about that
 * question; at the end (no question) help and why explain the menu, and back goes to the last answer. The prompts
 * before the questions (the employer's name, the policy's suggestions) take only the few commands that make sense
 * there.
 */
final class Commands {

    /** What the prompt does after a command. */
    sealed interface Next {

        /** Shows the question again (a screen was printed over it), then asks again. */
        record Redraw() implements Next {
        }

        /** Asks again at once (only a line or two was printed). */
        record Prompt() implements Next {
        }

        /** Goes to {@code question} to answer it again; null goes on with the next question the rules ask. */
        record Revisit(Question question) implements Next {
        }
    }

    private final Screen screen;
    private final Advisor advisor;
    private final Interview interview;
    private final AnswersKeeper keeper;
    private final AnsweredOrder order;
    private final ReviewPrompt review;

    Commands(Screen screen, Advisor advisor, Interview interview, AnswersKeeper keeper, AnsweredOrder order) {
        this.screen = screen;
        this.advisor = advisor;
        this.interview = interview;
        this.keeper = keeper;
        this.order = order;
        this.review = new ReviewPrompt(screen, advisor, interview, keeper);
    }

    /**
     * Carries out a command.
     *
     * @param question the question being asked, or null at the end menu
     * @throws LeaveException for {@code quit}
     */
    Next run(Keyword keyword, Question question) {
        switch (keyword) {
            case HELP -> help(question);
            case WHY -> {
                if (question == null) {
                    help(null);
                } else {
                    screen.paged(page -> WhyScreen.show(page, advisor, interview, question));
                }
            }
            case BACK -> {
                Question previous = order.before(question);
                if (previous == null && question != null) {
                    screen.text(Emphasis.ALERT, "This is the first question: there is nothing to go back to.");
                    return new Next.Prompt();
                }
                return new Next.Revisit(previous);
            }
            case REVIEW -> {
                Question chosen = review.run();
                if (chosen != null && !chosen.equals(question)) {
                    return new Next.Revisit(chosen);
                }
            }
            case HOW -> screen.paged(page -> FindingsScreen.soFar(page, interview.assessment()));
            case SAVE -> {
                keeper.saveNow(interview.answers());
                return new Next.Prompt();
            }
            case QUIT -> throw new LeaveException(LeaveException.How.QUIT);
            case COMMANDS -> Keyword.list(screen);
        }
        return new Next.Redraw();
    }

    private void help(Question question) {
        if (question == null) {
            EndMenu.help(screen);
        } else {
            HelpScreen.show(screen, advisor, question);
        }
    }
}
