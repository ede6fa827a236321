package org.monitoringadvisor.cli.interview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.monitoringadvisor.answers.AnswersChecker;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.cli.ExitCode;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.cli.TerminalText;
import org.monitoringadvisor.cli.interview.Console.Completion;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.PolicyAnswers;
import org.monitoringadvisor.policy.PolicyReading;

/**
 * One guided interview at a console: the welcome, the questions the rules make relevant (with help, why, back,
 * review, findings so far), an autosave after every answer ({@link AnswersKeeper}), and at the end the findings and
 * the documents. The rules decide what is asked; this class only talks.
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
     * @param policy      the employer's policy as read for {@code --policy}, whose suggestions are asked first; or null
     */
    record Settings(Path file, AnswersFile resumed, Path folder, LocalDate today, ReportFormat format,
                    Path rulesFolder, PolicyReading policy) {

        /** Settings for an interview without a policy read first. */
        Settings(Path file, AnswersFile resumed, Path folder, LocalDate today, ReportFormat format, Path rulesFolder) {
            this(file, resumed, folder, today, format, rulesFolder, null);
        }
    }

    /** What a prompt does after a command. */
    private enum After { MOVE_ON, SHOW_QUESTION, PROMPT }

    /** The review choice that changes the employer's name rather than an answer. */
    private static final String EMPLOYER_CHOICE = "employer's name";

    private final Console console;
    private final Screen screen;
    private final RuleBaseLoading loading;
    private final Settings settings;

    private Advisor advisor;
    private Interview interview;
    /** Where the answers are kept; null until the file is chosen. */
    private AnswersKeeper keeper;
    /** Questions in the order they were first answered, for {@code back}. */
    private final List<String> asked = new ArrayList<>();
    /** A question the rep chose to answer again ({@code back}, {@code review}); null to go on with the next. */
    private Question revisit;
    private String shownTopic;

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
            interview.relevant().stream().map(Question::id).filter(interview.answers()::containsKey)
                    .forEach(asked::add);
            screen.blank();
            screen.text("Carrying on with " + Words.count(interview.answers().size(), "answer", "answers")
                    + " from " + keeper.file() + (interview.remaining().isEmpty() ? "; no questions left." : "."));
        }
    }

    /** Asks first about the answers suggested by the policy, if any (see {@link PolicyConfirmation}). */
    private void confirmPolicySuggestions() {
        if (settings.policy() != null && settings.resumed() == null) {
            interview.answerAll(PolicyAnswers.answers(settings.policy()));
            autosave();
        }
        PolicyConfirmation confirmation = new PolicyConfirmation(screen, advisor, interview, this::record,
                metadata -> keeper.keepMetadata(metadata, interview.answers()));
        if (confirmation.run(keeper.metadata()) == PolicyConfirmation.Outcome.QUIT) {
            throw new LeaveException(LeaveException.How.QUIT);
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
                : QuestionScreen.progress(answeredRelevant() + 1, topics(), question.topic()));
        String range = question.options().size() == 1 ? "1" : "1-" + question.options().size();
        String prompt = changing ? "Your answer (" + range + ", or Enter to keep it): "
                : "Your answer (" + range + ", or ? for help): ";
        List<Completion> completions = Keyword.completions(question.options());
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
            case WHY -> screen.paged(page -> WhyScreen.show(page, advisor, interview, question));
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
            case HOW -> screen.paged(page -> FindingsScreen.soFar(page, interview.assessment()));
            case SAVE -> {
                save();
                return After.PROMPT;
            }
            case QUIT -> throw new LeaveException(LeaveException.How.QUIT);
            case COMMANDS -> Keyword.list(screen);
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

    /**
     * Lists the answers so far (and the employer's name, last) and lets the rep choose one to change; null when the
     * rep carries on or changed the name.
     */
    private Question review() {
        List<List<Question>> shown = new ArrayList<>();
        screen.paged(page -> shown.add(ReviewScreen.show(page, interview, keeper.employer())));
        List<Question> answered = shown.get(0);
        List<Option> choices = new ArrayList<>(answered.stream().map(q -> new Option(q.id(), q.text())).toList());
        choices.add(new Option(EMPLOYER_CHOICE, "Employer's name"));
        while (true) {
            String line = console.readLine("Number of the answer to change (or Enter to carry on): ",
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
            hint("Type " + ReplyParser.range(choices) + " to change that answer, or press Enter to carry on.");
        }
    }

    /** A new name for the employer, kept in the answers file; the file keeps its name. */
    private void changeEmployer() {
        String employer = keeper.employer();
        String line = console.readLine("Employer's name" + (employer.isEmpty() ? "" : " (Enter keeps \"" + employer
                + "\")") + ": ", List.of());
        String name = line.strip();
        if (name.isEmpty() || name.equals(employer)) {
            screen.text(Emphasis.QUIET, "Kept: " + (employer.isEmpty() ? "no name" : employer) + ".");
            return;
        }
        keeper.renameEmployer(name, interview.answers());
        screen.text(Emphasis.GOOD, "The employer's name is now " + name + ".");
    }

    /**
     * The end: the lead-with points and counts, then the one menu of documents to write beside the answers file.
     * Returns false when the rep goes back to change an answer instead.
     */
    private boolean finish() {
        DocumentHandOff handOff = new DocumentHandOff(screen, advisor, interview, keeper, settings.rulesFolder());
        autosave();
        EndScreen.show(screen, interview.assessment(), keeper.employer());
        DocumentMenu menu = new DocumentMenu(settings.format());
        List<Option> options = menu.options();
        screen.blank();
        screen.text(Emphasis.QUESTION, "What shall I write beside your answers file?");
        for (int i = 0; i < options.size(); i++) {
            screen.wrapped(String.format("  %d. ", i + 1), "     ", options.get(i).label());
        }
        screen.text(Emphasis.QUIET, "(Or type back or review to change an answer first, how for the findings.)");
        String prompt = "Your choice (1-" + options.size() + ", or Enter for 1): ";
        while (true) {
            String line;
            try {
                line = console.readLine(prompt, Keyword.completions(options));
            } catch (InputEndedException e) {
                if (e.interrupted()) {
                    throw e;
                }
                handOff.write(menu.usual(), false); // the input ended after the last answer: the usual documents
                return true;
            }
            Optional<List<DocumentMenu.Wanted>> byName = menu.byFormatName(line);
            if (byName.isPresent()) {
                handOff.write(byName.get(), true);
                return true;
            }
            Reply reply = ReplyParser.parse(line, options);
            if (reply instanceof Reply.Blank) {
                handOff.write(menu.usual(), true);
                return true;
            }
            if (reply instanceof Reply.Choice choice) {
                Optional<List<DocumentMenu.Wanted>> wanted = menu.chosen(choice.value());
                handOff.write(wanted.isPresent() ? wanted.get() : chooseDocuments(), true);
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
                case HOW -> screen.paged(page -> FindingsScreen.soFar(page, interview.assessment()));
                case SAVE -> save();
                case QUIT -> throw new LeaveException(LeaveException.How.QUIT);
                case COMMANDS -> Keyword.list(screen);
                case HELP, WHY -> screen.text("All the questions are answered. This chooses what is written next to"
                        + " your answers file: the report (every finding, with the arguments and the sources) and the"
                        + " draft letter to management, in the format you will use. Word is for editing, PDF for"
                        + " printing and sending.");
            }
        }
    }

    /** "Choose the documents and the format": two short questions. */
    private List<DocumentMenu.Wanted> chooseDocuments() {
        List<Option> documents = DocumentMenu.documentOptions();
        screen.blank();
        for (int i = 0; i < documents.size(); i++) {
            screen.wrapped(String.format("  %d. ", i + 1), "     ", documents.get(i).label());
        }
        List<DocumentMenu.Document> picked;
        while (true) {
            Optional<List<DocumentMenu.Document>> typed = DocumentMenu.documents(
                    console.readLine("Which documents (for example 1 3; Enter for all): ", List.of()));
            if (typed.isPresent()) {
                picked = typed.get();
                break;
            }
            hint("Type the numbers of the documents you want, between 1 and " + documents.size()
                    + ", with spaces between them.");
        }
        List<Option> formats = DocumentMenu.formatOptions();
        screen.blank();
        for (int i = 0; i < formats.size(); i++) {
            screen.wrapped(String.format("  %d. ", i + 1), "     ", formats.get(i).label());
        }
        while (true) {
            Reply reply = ReplyParser.parse(console.readLine("Which format (1-" + formats.size() + ", or Enter for "
                    + settings.format().name() + "): ", Keyword.completions(formats)), formats);
            if (reply instanceof Reply.Blank) {
                return DocumentMenu.wanted(picked, settings.format());
            }
            if (reply instanceof Reply.Choice choice) {
                return DocumentMenu.wanted(picked, ReportFormat.valueOf(choice.value()));
            }
            hint("Type " + ReplyParser.range(formats) + " for the format.");
        }
    }

    private void save() {
        keeper.saveNow(interview.answers());
    }

    private void autosave() {
        keeper.autosave(interview.answers());
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
        screen.console().println("  " + resumeCommand());
    }

    private String resumeCommand() {
        return ResumeCommand.of(keeper.file(), settings.rulesFolder());
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
