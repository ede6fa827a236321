package org.monitoringadvisor.cli.interview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.monitoringadvisor.answers.AnswersChecker;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.answers.PrivateFiles;
import org.monitoringadvisor.cli.ExitCode;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.cli.interview.Console.Completion;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.TextReport;

/**
 * One guided interview at a console: the welcome, the questions the rules make relevant (with help, why, back,
 * review, findings so far), an autosave after every answer, and at the end the findings and a report file. The
 * rules decide what is asked; this class only talks and keeps the files.
 */
final class InterviewSession {

    /**
     * How the interview starts.
     *
     * @param file        where to save the answers, or null to name a file from the employer and the date
     * @param resumed     the saved answers being carried on with, or null for a new interview
     * @param folder      where a named file goes
     * @param today       the interview's date, for the file name and the metadata
     * @param format      the report format offered first at the end
     * @param rulesFolder the {@code --rules} folder, or null for the built-in rules (named in the resume command)
     */
    record Settings(Path file, AnswersFile resumed, Path folder, LocalDate today, ReportFormat format,
                    Path rulesFolder) {
    }

    /** Why the rep is leaving before the end. */
    private enum Leaving { QUIT, END_OF_INPUT, INTERRUPTED }

    /** Unwinds the conversation when the rep leaves. */
    private static final class LeaveException extends RuntimeException {
        private final Leaving how;

        LeaveException(Leaving how) {
            super(how.name(), null, false, false);
            this.how = how;
        }
    }

    /** What a prompt does after a command. */
    private enum After { MOVE_ON, SHOW_QUESTION, PROMPT }

    private final Console console;
    private final Screen screen;
    private final RuleBaseLoading loading;
    private final Settings settings;

    private Advisor advisor;
    private Interview interview;
    private volatile AnswersStore store;
    /** The answers as the file holds them since the last save or the resume; null before the first save. */
    private Map<String, String> saved;
    /** The answers had to go somewhere other than the file asked for (the home folder, or the screen). */
    private boolean rescued;
    private String employer = "";
    /** Questions in the order they were first answered, for {@code back}. */
    private final List<String> asked = new ArrayList<>();
    /** A question the rep chose to answer again ({@code back}, {@code review}); null to go on with the next. */
    private Question revisit;
    private String shownTopic;
    /** How many answers the file held at the last successful save, for the note printed if the JVM is stopped. */
    private volatile int savedAnswers;
    private volatile boolean ended;

    InterviewSession(Console console, RuleBaseLoading loading, Settings settings) {
        this.console = console;
        this.screen = new Screen(console);
        this.loading = loading;
        this.settings = settings;
    }

    /** Runs the interview to its end or until the rep leaves; returns the exit code. */
    int run() {
        // Ctrl-C outside a prompt (while the rules compile, say) stops the JVM; the answers are already saved,
        // so say where and how to carry on. The hook reads only what the last save recorded.
        Thread onStop = new Thread(this::stoppedOutsideAPrompt, "interview-stopped");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            WelcomeScreen.show(screen, settings.resumed() != null);
            openStore();
            startInterview();
            converse();
        } catch (LeaveException e) {
            leave(e.how);
        } catch (InputEndedException e) {
            leave(e.interrupted() ? Leaving.INTERRUPTED : Leaving.END_OF_INPUT);
        } finally {
            ended = true;
            removeHook(onStop);
            if (interview != null) {
                interview.close();
            }
        }
        return rescued ? ExitCode.FAILED : ExitCode.OK;
    }

    private void stoppedOutsideAPrompt() {
        if (ended || savedAnswers == 0) {
            return;
        }
        screen.blank();
        screen.text("Stopped. " + Words.count(savedAnswers, "answer is", "answers are") + " saved in:");
        console.println("  " + store.file());
        screen.text("To carry on where you left off:");
        console.println("  " + resumeCommand());
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs, and sees that the interview ended.
        }
    }

    private void openStore() {
        AnswersFile resumed = settings.resumed();
        if (resumed != null) {
            employer = TerminalText.clean(resumed.employer().orElse(""));
            Path file = settings.file() != null ? settings.file() : Path.of(resumed.source());
            store = new AnswersStore(file, resumed.metadata());
            if (file.equals(Path.of(resumed.source()))) {
                saved = resumed.answers(); // unchanged answers are not written back: the file stays as the rep left it
                savedAnswers = resumed.answers().size();
            }
            return;
        }
        screen.blank();
        employer = askEmployer();
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (!employer.isEmpty()) {
            metadata.put("employer", employer);
        }
        metadata.put("date", settings.today().toString());
        Path file = settings.file() != null ? settings.file()
                : FileNames.newAnswersFile(settings.folder(), employer, settings.today());
        store = new AnswersStore(file, metadata);
        screen.text(Emphasis.QUIET, "Your answers are saved as you go, to:");
        screen.console().println("  " + file);
    }

    private String askEmployer() {
        while (true) {
            String line = console.readLine("Employer's name (optional; press Enter to skip): ", commandCompletions());
            Optional<Keyword> keyword = Keyword.of(line);
            if (keyword.isEmpty()) {
                return line.strip();
            }
            switch (keyword.get()) {
                case HELP -> WelcomeScreen.employerHelp(screen);
                case COMMANDS -> listCommands();
                case QUIT -> throw new LeaveException(Leaving.QUIT);
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
            interview.relevant().stream().map(Question::id).filter(interview.answers()::containsKey)
                    .forEach(asked::add);
            screen.blank();
            screen.text("Carrying on with " + Words.count(interview.answers().size(), "answer", "answers")
                    + " from " + store.file() + "; " + (interview.remaining().isEmpty() ? "no questions left."
                    : "about " + interview.remaining().size() + " to go."));
        }
    }

    /** Asks question after question until none is left and the report is written. */
    private void converse() {
        while (true) {
            Question question = revisit != null ? revisit : interview.next().orElse(null);
            if (question != null) {
                ask(question);
            } else if (finish()) {
                return;
            }
        }
    }

    private void ask(Question question) {
        String current = interview.answers().get(question.id());
        boolean changing = current != null;
        boolean newTopic = !question.topic().equals(shownTopic);
        shownTopic = question.topic();
        QuestionScreen.show(screen, question, newTopic, changing
                ? "Changing an earlier answer; it is now \"" + question.labelOf(current) + "\""
                : QuestionScreen.progress(answeredRelevant() + 1, interview.remaining().size() - 1));
        String range = question.options().size() == 1 ? "1" : "1-" + question.options().size();
        String prompt = changing ? "Your answer (" + range + ", or Enter to keep it): "
                : "Your answer (" + range + ", or ? for help): ";
        List<Completion> completions = completions(question.options());
        while (true) {
            Reply reply = ReplyParser.parse(console.readLine(prompt, completions), question.options());
            After after;
            if (reply instanceof Reply.Choice choice) {
                if (choice.guessed()) {
                    screen.text(Emphasis.QUIET, "Taken as: " + question.labelOf(choice.value()));
                }
                record(question, choice.value());
                after = After.MOVE_ON;
            } else if (reply instanceof Reply.Blank && changing) {
                screen.text(Emphasis.QUIET, "Kept: " + question.labelOf(current) + ".");
                after = After.MOVE_ON;
            } else if (reply instanceof Reply.Blank) {
                hint("Type " + ReplyParser.range(question.options()) + " to answer, or ? for help.");
                after = After.SHOW_QUESTION;
            } else if (reply instanceof Reply.Unclear unclear) {
                hint(unclear.hint());
                after = After.SHOW_QUESTION;
            } else {
                after = command(((Reply.Command) reply).keyword(), question);
            }
            if (after == After.MOVE_ON) {
                if (revisit == question) {
                    revisit = null;
                }
                return;
            }
            if (after == After.SHOW_QUESTION) {
                QuestionScreen.again(screen, question);
            }
        }
    }

    private After command(Keyword keyword, Question question) {
        switch (keyword) {
            case HELP -> HelpScreen.show(screen, advisor, question);
            case WHY -> WhyScreen.show(screen, advisor, interview, question);
            case BACK -> {
                Question previous = previous(question);
                if (previous == null) {
                    hint("This is the first question: there is nothing to go back to.");
                    return After.PROMPT;
                }
                revisit = previous;
                return After.MOVE_ON;
            }
            case REVIEW -> {
                Question chosen = review();
                if (chosen != null && !chosen.equals(question)) {
                    revisit = chosen;
                    return After.MOVE_ON;
                }
            }
            case HOW -> FindingsScreen.soFar(screen, interview.assessment());
            case SAVE -> {
                save();
                return After.PROMPT;
            }
            case QUIT -> throw new LeaveException(Leaving.QUIT);
            case COMMANDS -> listCommands();
        }
        return After.SHOW_QUESTION;
    }

    /** Gives or changes an answer, saves, and after a change says which findings came and went. */
    private void record(Question question, String value) {
        String before = interview.answers().get(question.id());
        List<Finding> findingsBefore = before == null ? List.of() : interview.findings();
        int remainingBefore = interview.remaining().size();
        interview.answer(question.id(), value);
        if (!asked.contains(question.id())) {
            asked.add(question.id());
        }
        autosave();
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

    /** The relevant answered question before {@code question} in the order they were asked, or null. */
    private Question previous(Question question) {
        int index = question == null ? -1 : asked.indexOf(question.id());
        List<String> earlier = index < 0 ? asked : asked.subList(0, index);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String id = earlier.get(i);
            if (interview.isRelevant(id) && interview.answers().containsKey(id)) {
                return advisor.question(id).orElseThrow();
            }
        }
        return null;
    }

    /** Lists the answers so far and lets the rep choose one to change; null when the rep carries on. */
    private Question review() {
        List<Question> answered = ReviewScreen.show(screen, interview);
        if (answered.isEmpty()) {
            hint("No answers yet: there is nothing to review.");
            return null;
        }
        List<Option> choices = answered.stream().map(q -> new Option(q.id(), q.text())).toList();
        while (true) {
            String line = console.readLine("Number of the answer to change (or Enter to carry on): ",
                    commandCompletions());
            Reply reply = ReplyParser.parse(line, choices);
            if (reply instanceof Reply.Choice choice) {
                return advisor.question(choice.value()).orElseThrow();
            }
            if (reply instanceof Reply.Blank) {
                return null;
            }
            if (reply instanceof Reply.Command command && command.keyword() == Keyword.QUIT) {
                throw new LeaveException(Leaving.QUIT);
            }
            hint("Type " + ReplyParser.range(choices) + " to change that answer, or press Enter to carry on.");
        }
    }

    /**
     * The end: the findings in full, then the report in the format the rep chooses. Returns false when the rep
     * goes back to change an answer instead.
     */
    private boolean finish() {
        FindingsScreen.full(screen, interview.assessment(), employer);
        autosave();
        List<Option> formats = ReportFormats.options();
        screen.blank();
        screen.text("That was the last question. In short: " + TextReport.summary(interview.assessment())
                + "; scroll up to read them in full, or type how for a short list.");
        screen.blank();
        screen.text(Emphasis.QUESTION, "Which format would you like the report file in?");
        for (int i = 0; i < formats.size(); i++) {
            screen.wrapped(String.format("  %d. ", i + 1), "     ", formats.get(i).label());
        }
        screen.text(Emphasis.QUIET, "(Or type back or review to change an answer first.)");
        String prompt = "Report format (1-" + formats.size() + ", or Enter for " + settings.format().name() + "): ";
        while (true) {
            String line;
            try {
                line = console.readLine(prompt, completions(formats));
            } catch (InputEndedException e) {
                if (e.interrupted()) {
                    throw e;
                }
                line = ""; // the input ended after the last answer: write the report the rep would have got
            }
            Reply reply = ReplyParser.parse(line, formats);
            if (reply instanceof Reply.Choice choice) {
                writeReport(ReportFormat.valueOf(choice.value()));
                return true;
            }
            if (reply instanceof Reply.Blank) {
                writeReport(settings.format());
                return true;
            }
            if (reply instanceof Reply.Unclear unclear) {
                hint(unclear.hint());
                continue;
            }
            switch (((Reply.Command) reply).keyword()) {
                case BACK -> {
                    revisit = previous(null);
                    return false;
                }
                case REVIEW -> {
                    revisit = review();
                    if (revisit != null) {
                        return false;
                    }
                }
                case HOW -> FindingsScreen.soFar(screen, interview.assessment());
                case SAVE -> save();
                case QUIT -> throw new LeaveException(Leaving.QUIT);
                case COMMANDS -> listCommands();
                case HELP, WHY -> screen.text("All the questions are answered. This chooses the format of the report"
                        + " file, which goes next to your answers file; text suits most uses.");
            }
        }
    }

    private void writeReport(ReportFormat format) {
        ReportInput input = ReportInput.of(interview.assessment(), advisor.knowledge(), store.metadata());
        Path report = FileNames.reportFile(store.file(), format);
        try {
            PrivateFiles.writeAtomically(report, format.render(input));
        } catch (AnswersFileException e) {
            screen.blank();
            screen.text(Emphasis.ALERT, "Could not write the report: " + e.getMessage());
            screen.text("Your answers are safe in " + store.file() + "; to make the report later:");
            screen.console().println("  monitoring-advisor assess --answers " + store.file());
            return;
        }
        screen.blank();
        screen.text(Emphasis.GOOD, "Report written (only you can read it) to:");
        screen.console().println("  " + report);
        screen.text("Your answers are in " + store.file().getFileName() + " beside it. To change them later:");
        screen.console().println("  " + resumeCommand());
    }

    /** {@code save}: writes the answers now, even when the file already holds them, and says where. */
    private void save() {
        if (keep(true)) {
            screen.text(Emphasis.GOOD, "Saved " + Words.count(interview.answers().size(), "answer", "answers")
                    + " to:");
            screen.console().println("  " + store.file());
        }
    }

    private void autosave() {
        keep(false);
    }

    /**
     * The one way answers reach the disk. Writes them to the answers file unless it already holds them (so a
     * resumed file the rep did not change stays byte for byte as it was); when that fails, never lets them be
     * lost: on a terminal the rep may name another file, and failing that they go to a private file in the home
     * folder, or as a last resort onto the screen. Later saves go wherever the answers went.
     *
     * @param always write even when the file already holds these answers
     * @return true when the answers are in {@link #store}'s file
     */
    private boolean keep(boolean always) {
        Map<String, String> answers = new LinkedHashMap<>(interview.answers()); // in the order answered
        if (!always && answers.equals(saved)) {
            return true;
        }
        try {
            store.save(answers);
            saved = answers;
            savedAnswers = answers.size();
            return true;
        } catch (AnswersFileException e) {
            screen.text(Emphasis.ALERT, "Could not save your answers: " + e.getMessage());
        }
        AnswersRescue rescue = new AnswersRescue(screen, console, store, employer, settings.today());
        AnswersStore elsewhere = rescue.saveElsewhere(answers);
        if (elsewhere == null) {
            rescued = true;
            return false;
        }
        rescued |= rescue.inHomeFolder();
        store = elsewhere;
        saved = answers;
        savedAnswers = answers.size();
        return true;
    }

    /** Saves what there is and says how to carry on. */
    private void leave(Leaving how) {
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
        if (!keep(false)) {
            return;
        }
        screen.text(Emphasis.GOOD, why + "Saved " + Words.count(interview.answers().size(), "answer", "answers")
                + " to:");
        screen.console().println("  " + store.file());
        screen.text("To carry on where you left off:");
        screen.console().println("  " + resumeCommand());
    }

    private String resumeCommand() {
        return ResumeCommand.of(store.file(), settings.rulesFolder());
    }

    private void listCommands() {
        screen.heading("Commands (type one instead of an answer)");
        for (Keyword keyword : Keyword.values()) {
            String words = String.join(", ", keyword.words());
            screen.wrapped(String.format("  %-14s", words), " ".repeat(16), keyword.description());
        }
    }

    private void hint(String text) {
        screen.text(Emphasis.ALERT, text);
    }

    private int answeredRelevant() {
        return (int) interview.relevant().stream().filter(q -> interview.answers().containsKey(q.id())).count();
    }

    private static List<Completion> completions(List<Option> options) {
        return Stream.concat(options.stream().map(o -> new Completion(o.value(), o.label(), "answers")),
                commandCompletions().stream()).toList();
    }

    private static List<Completion> commandCompletions() {
        return Stream.of(Keyword.values()).map(k -> new Completion(k.word(), k.description(), "commands")).toList();
    }
}
