package org.monitoringadvisor.cli.interview;

import org.monitoringadvisor.cli.interview.Console.Emphasis;

/** The first screen: what the interview does, that nothing leaves the machine, and how to get help. */
final class WelcomeScreen {

    private static final String TITLE = "Monitoring Advisor: guided interview";

    private WelcomeScreen() {
    }

    static void show(Screen screen, boolean resuming) {
        screen.console().println(screen.console().styled(Emphasis.HEADING, TITLE));
        screen.console().println(screen.console().styled(Emphasis.HEADING, "=".repeat(TITLE.length())));
        if (resuming) {
            screen.text("Welcome back. The interview carries on from your saved answers, asking only the questions"
                    + " still open.");
        } else {
            screen.text("This interview checks how an employer watches staff use of email, the internet and social"
                    + " media, and what its policy says, against union guidance. It asks only the questions that"
                    + " your answers make relevant. At the end you see the points to lead with in a meeting, and"
                    + " you choose the report (every gap, question for management and strength, with the guidance"
                    + " behind it) and a draft letter to management to be written, as text, Word, PDF or a web"
                    + " page.");
        }
        screen.blank();
        screen.text("Nothing you type leaves this computer. Your answers are saved after each one, in a file only"
                + " you can read, so you can stop at any time and carry on later.");
        screen.blank();
        screen.text("Answer with the option's number (or the first words of it). At any question, type ? for help,"
                + " why to see why it is asked, back to go back, or commands for the rest.");
    }

    /** Help at the employer prompt. */
    static void employerHelp(Screen screen) {
        screen.blank();
        screen.text("The employer's name goes at the top of the report and into the name of the file your answers"
                + " are saved in. It is optional: press Enter to leave it out. The questions come next.");
        screen.blank();
    }
}
