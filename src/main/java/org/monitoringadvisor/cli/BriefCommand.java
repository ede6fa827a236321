package org.monitoringadvisor.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.report.Audience;
import org.monitoringadvisor.report.ReportInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code brief}: an answers file in, a draft letter to management out. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Draft a letter to management proposing to negotiate an agreement on email, internet and "
                + "social media use, with the gaps found put as proposals. Fill in the [bracketed] parts before sending.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the letter was written", "2:bad answers file or option (the message says what and where)"})
final class BriefCommand implements Callable<Integer> {

    private final InputStream stdin;
    private final StandardOutput stdout;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Option(names = "--answers", required = true, paramLabel = "FILE",
            description = "The answers file (.json, .yaml or .yml), or - to read standard input.")
    private String answers;

    @Option(names = "--audience", paramLabel = "WHO", defaultValue = "rep",
            converter = AudienceConverter.class,
            description = "rep (default): the letter with a cover note and background for you; employer: the letter "
                    + "alone, ready to send once the [bracketed] parts are filled in.")
    private Audience audience;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Letter format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private LetterFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the letter to this file (readable by you only) instead of the screen; docx and pdf "
                    + "need it, unless the output is redirected to a file.")
    private Path out;

    BriefCommand(InputStream stdin, StandardOutput stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        Advisor advisor = ruleBase.advisor();
        AnswersFile file = AnswersSource.read(answers, stdin, advisor);
        byte[] letter = format.render(ReportInput.of(advisor.assess(file.answers()), advisor.knowledge(),
                file.metadata()), audience);
        Output.write(spec, stdout, out, letter, format.name(), format.binary(), "Letter", answers);
        return ExitCode.OK;
    }
}
