package org.monitoringadvisor.cli.interview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.cli.RuleBaseOption;
import org.monitoringadvisor.cli.PolicyReaders;
import org.monitoringadvisor.cli.UserInputException;
import org.monitoringadvisor.policy.PolicyReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code interview}: the guided interview at the console. Everything the rep could get wrong on the command line is
 * checked before the welcome appears; the rules compile in the background while the rep reads it.
 */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = {"Ask the questions the rules make relevant, one at a time, then show the findings and write "
                + "a report.", "Answers are saved after each one, readable by you only; nothing leaves this machine.",
                "At any question type ? for help, why, back, review, how, save, quit or commands."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the interview ended or was saved to carry on later",
                "2:bad option or answers file (the message says what and where)"})
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

    /** @param stdin where the rep's answers come from: the terminal, a pipe, or a test's script */
    public InterviewCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        AnswersFile resumed = resume == null ? null : AnswersFileReader.read(resume);
        if (file != null) {
            checkNewFile(file);
        }
        if (policy != null && resume != null) {
            throw new UserInputException("use --policy for a new interview, or --resume to carry on with a file "
                    + "(read-policy's files included), not both");
        }
        PolicyReading reading = policy == null ? null : PolicyReaders.read(policy, ruleBase);
        RuleBaseLoading loading = RuleBaseLoading.start(ruleBase::advisor);
        InterviewSession.Settings settings = new InterviewSession.Settings(file, resumed, Path.of(""),
                LocalDate.now(), format, ruleBase.folder(), reading);
        try (Console console = Consoles.open(stdin, spec.commandLine().getOut(), System.getenv())) {
            return new InterviewSession(console, loading, settings).run();
        }
    }

    /** A --file must be a new answers file (or the one being resumed) in a folder that exists. */
    private void checkNewFile(Path target) {
        AnswersFileReader.Format.of(target); // rejects names that are not .json, .yaml or .yml
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException(target + ": the folder " + folder + " does not exist");
        }
        boolean resumingIt = resume != null && Files.exists(resume) && sameFile(target, resume);
        if (Files.exists(target) && !resumingIt) {
            throw new UserInputException(target + " already exists; to carry on with it use --resume " + target
                    + ", or give --file a new name");
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
