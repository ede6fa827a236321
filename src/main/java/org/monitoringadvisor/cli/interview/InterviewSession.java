package org.monitoringadvisor.cli.interview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.monitoringadvisor.answers.AnswersChecker;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.cli.ExitCode;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.cli.TerminalText;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.PolicyAnswers;
import org.monitoringadvisor.policy.PolicyReading;

/**
 * One guided interview at a console, from the welcome to the documents: the outline, and how it ends when the rep
 * leaves early. The parts are elsewhere: the answers file in {@link AnswersKeeper}, each question in
 * {@link QuestionPrompt}, the commands in {@link Commands}, the end in {@link EndMenu} and {@link DocumentHandOff},
 * a stop outside a prompt in {@link StopNotice}. The rules decide what is asked; this class only talks.
 */
final class InterviewSession {

    /**
     * How the interview starts.
     *
     * @param file        where to save the answers, or null to name a file from the employer and the date
     * @param resumed     the saved answers being carried on with, or null for a new interview
     * @param folder      where a named file goes
     * @param date        the interview's date, for the file name and the metadata, read when first needed
     * @param format      the report format offered first at the end
     * @param rulesFolder the {@code --rules} folder, or null for the built-in rules (named in the resume command)
     * @param policy      the employer's policy as read for {@code --policy}, whose suggestions are asked first; or null
     */
    record Settings(Path file, AnswersFile resumed, Path folder, Supplier<LocalDate> date, ReportFormat format,
                    Path rulesFolder, PolicyReading policy) {

        /** The interview's date. */
        LocalDate today() {
            return date.get();
        }
    }

    private final Console console;
    private final Screen screen;
    private final RuleBaseLoading loading;
    private final Settings settings;

    private Advisor advisor;
    private Interview interview;
    /** Where the answers are kept; null until the file is chosen. */
    private AnswersKeeper keeper;
    private Commands commands;
    private QuestionPrompt questions;

    InterviewSession(Console console, RuleBaseLoading loading, Settings settings) {
        this.console = console;
        this.screen = new Screen(console);
        this.loading = loading;
        this.settings = settings;
    }

    /** Runs the interview to its end or until the rep leaves; returns the exit code. */
    int run() {
        StopNotice stopNotice = StopNotice.install(screen, settings.rulesFolder());
        try {
            WelcomeScreen.show(screen, settings.resumed() != null);
            openStore();
            stopNotice.watch(keeper);
            startInterview();
            confirmPolicySuggestions();
            converse();
        } catch (LeaveException e) {
            leave(e.how());
        } catch (InputEndedException e) {
            leave(e.interrupted() ? LeaveException.How.INTERRUPTED : LeaveException.How.END_OF_INPUT);
        } finally {
            stopNotice.end();
            if (interview != null) {
                interview.close();
            }
        }
        return keeper != null && keeper.rescued() ? ExitCode.FAILED : ExitCode.OK;
    }

    private void openStore() {
        AnswersFile resumed = settings.resumed();
        if (resumed != null) {
            String employer = TerminalText.clean(resumed.employer().orElse(""));
            Path file = settings.file() != null ? settings.file() : Path.of(resumed.source());
            // Unchanged answers are not written back to the file they came from: it stays as the rep left it.
            keeper = new AnswersKeeper(screen, console, new AnswersStore(file, resumed.metadata()),
                    file.equals(Path.of(resumed.source())) ? resumed.answers() : null, employer, settings.today());
            return;
        }
        screen.blank();
        String employer = askEmployer();
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (!employer.isEmpty()) {
            metadata.put("employer", employer);
        }
        metadata.put("date", settings.today().toString());
        if (settings.policy() != null) {
            metadata.putAll(PolicyAnswers.metadata(settings.policy()));
        }
        Path file = settings.file() != null ? settings.file()
                : FileNames.newAnswersFile(settings.folder(), employer, settings.today());
        keeper = new AnswersKeeper(screen, console, new AnswersStore(file, metadata), null, employer,
                settings.today());
        screen.text(Emphasis.QUIET, "Your answers are saved as you go, to:");
        screen.console().println("  " + file);
    }

    private String askEmployer() {
        while (true) {
            loading.begin(); // everything before the first prompt is drawn: now the rules may take the processor
            String line = console.readLine("Employer's name (optional; press Enter to skip): ", Keyword.completions());
            Optional<Keyword> keyword = Keyword.of(line);
            if (keyword.isEmpty()) {
                return line.strip();
            }
            switch (keyword.get()) {
                case HELP -> WelcomeScreen.employerHelp(screen);
                case COMMANDS -> Keyword.list(screen);
                case QUIT -> throw new LeaveException(LeaveException.How.QUIT);
                default -> screen.text(Emphasis.QUIET, "\"" + line.strip()
                        + "\" works once the questions start. First the employer's name, or Enter to skip it.");
            }
        }
    }

    private void startInterview() {
        if (!loading.isReady()) {
            screen.blank();
            screen.text(Emphasis.QUIET, "Getting the rules ready (a few seconds)...");
        }
        advisor = loading.get();
        interview = advisor.startInterview();
        AnswersFile resumed = settings.resumed();
        if (resumed != null) {
            interview.answerAll(AnswersChecker.check(resumed, advisor).answers());
            screen.blank();
            screen.text("Carrying on with " + Words.count(interview.answers().size(), "answer", "answers")
                    + " from " + keeper.file() + (interview.remaining().isEmpty() ? "; no questions left." : "."));
        }
        AnsweredOrder order = AnsweredOrder.from(advisor, interview);
        commands = new Commands(screen, advisor, interview, keeper, order);
        questions = new QuestionPrompt(screen, advisor, interview, keeper, order, commands);
    }

    /** Asks first about the answers suggested by the policy, if any (see {@link PolicyConfirmation}). */
    private void confirmPolicySuggestions() {
        if (settings.policy() != null && settings.resumed() == null) {
            interview.answerAll(PolicyAnswers.answers(settings.policy()));
            keeper.autosave(interview.answers());
        }
        PolicyConfirmation confirmation = new PolicyConfirmation(screen, advisor, interview, questions::record,
                metadata -> keeper.keepMetadata(metadata, interview.answers()));
        if (confirmation.run(keeper.metadata()) == PolicyConfirmation.Outcome.QUIT) {
            throw new LeaveException(LeaveException.How.QUIT);
        }
    }

    /** Asks question after question until none is left and the report is written. */
    private void converse() {
        Question revisit = null; // a question the rep chose to answer again (back, review); null: the next one
        while (true) {
            Question question = revisit != null ? revisit : interview.next().orElse(null);
            if (question != null) {
                revisit = questions.ask(question);
                continue;
            }
            DocumentHandOff handOff = new DocumentHandOff(screen, advisor, interview, keeper, settings.rulesFolder());
            Optional<Commands.Next.Revisit> back = new EndMenu(screen, interview, keeper, commands, handOff,
                    settings.format()).run();
            if (back.isEmpty()) {
                return;
            }
            revisit = back.get().question();
        }
    }

    /** Saves what there is and says how to carry on. */
    private void leave(LeaveException.How how) {
        screen.blank();
        String why = switch (how) {
            case QUIT -> "";
            case END_OF_INPUT -> "End of input. ";
            case INTERRUPTED -> "Interrupted. ";
        };
        if (interview == null || interview.answers().isEmpty()) {
            screen.text(why + "Stopped before the first answer, so there was nothing to save.");
            return;
        }
        if (!keeper.saveOnLeaving(why, interview.answers())) {
            return;
        }
        screen.text("To carry on where you left off:");
        screen.console().println("  " + ResumeCommand.of(keeper.file(), settings.rulesFolder()));
    }
}
