package org.monitoringadvisor.cli.interview;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.monitoringadvisor.answers.AnswersChecker;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.cli.PolicyReaders;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.cli.RuleBaseOption;
import org.monitoringadvisor.cli.UserInputException;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.policy.PolicyReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code interview}: the guided interview at the console. Everything the rep could get wrong on the command line is
 * checked before the welcome appears; the rules load in the background while the rep answers the first prompt.
 */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = {"Ask the questions the rules make relevant, one at a time, then show the findings and write "
                + "a report.", "Answers are saved after each one, readable by you only; nothing leaves this machine.",
                "At any question type ? for help, why, back, review, how, save, quit or commands."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the interview ended or was saved to carry on later",
                "1:the answers could not be saved where asked, so they were saved in your home folder (or shown)",
                "2:bad option or answers file, or a folder the answers cannot be saved in (the message says which)"})
public final class InterviewCommand implements Callable<Integer> {

    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Option(names = "--file", paramLabel = "ANSWERS",
            description = "Save the answers to this file (.yaml, .yml or .json). Default: "
                    + "answers-EMPLOYER-DATE.yaml in the current folder.")
    private Path file;

    @Option(names = "--resume", paramLabel = "ANSWERS",
            description = "Carry on with answers saved earlier; only the questions still open are asked, and the "
                    + "answers are saved back to this file (or to --file).")
    private Path resume;

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "Read the employer's policy first (PDF, .docx, .odt, HTML, Markdown or text): the answers "
                    + "its text settles are shown with their quotes for you to accept or change, then the rest are "
                    + "asked.")
    private Path policy;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "The report format offered first at the end: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    /** The options of one run, as picocli or {@link InterviewArguments} read them. */
    record Options(Path file, Path resume, Path policy, ReportFormat format, Path rules) {
    }

    /** @param stdin where the rep's answers come from: the terminal, a pipe, or a test's script */
    public InterviewCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The interview with options read without picocli. */
    InterviewCommand(InputStream stdin, Options options) {
        this(stdin);
        this.file = options.file();
        this.resume = options.resume();
        this.policy = options.policy();
        this.format = options.format();
        this.ruleBase = RuleBaseOption.of(options.rules());
    }

    /**
     * Today's date, read once, when it is first needed: for a new interview that is after the first prompt, which
     * then does not wait for the time-zone data the date needs (4-20 ms of a cold start).
     */
    private static final class Today implements Supplier<LocalDate> {

        private LocalDate date;

        @Override
        public synchronized LocalDate get() {
            if (date == null) {
                date = LocalDate.now();
            }
            return date;
        }
    }

    Options options() {
        return new Options(file, resume, policy, format, ruleBase.folder());
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    private static Advisor withFirstQuestionTried(Advisor advisor) {
        try (Interview trial = advisor.startInterview()) {
            trial.next();
        }
        return advisor;
    }

    /** Runs the interview, the screens going to {@code out} (when not on a terminal); returns the exit code. */
    public int run(PrintWriter out) {
        AnswersFile resumed = resume == null ? null : AnswersFileReader.read(resume);
        if (file != null) {
            FileNames.checkNewFile(file, resume);
        }
        FileNames.checkCanSave(file, resume);
        if (policy != null && resume != null) {
            throw new UserInputException("use --policy for a new interview, or --resume to carry on with a file "
                    + "(read-policy's files included), not both");
        }
        PolicyReading reading = policy == null ? null : PolicyReaders.read(policy, ruleBase);
        // Started once the first prompt is about to show (or now, to check resumed answers): the welcome is drawn
        // without the rules' loading competing for the processor. For a new interview on the built-in rules the
        // loading then works out a first question once, thrown away, while the rep types the employer's name, so
        // that the real one does not wait for the code it runs to be loaded: the app image starts such an interview
        // with a cache that holds only what the prompt needs.
        boolean tryFirstQuestion = resumed == null && ruleBase.folder() == null;
        RuleBaseLoading loading = RuleBaseLoading.deferred(
                tryFirstQuestion ? () -> withFirstQuestionTried(ruleBase.advisor()) : ruleBase::advisor);
        if (resumed != null) {
            // A bad answer in the file is refused before the welcome, naming its line, as for assess.
            AnswersChecker.check(resumed, loading.get());
        }
        InterviewSession.Settings settings = new InterviewSession.Settings(file, resumed, Path.of(""), new Today(),
                format, ruleBase.folder(), reading);
        try (Console console = Consoles.open(stdin, out, System.getenv())) {
            return new InterviewSession(console, loading, settings).run();
        }
    }
}
