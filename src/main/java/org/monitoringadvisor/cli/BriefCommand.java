package org.monitoringadvisor.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.report.Audience;
import org.monitoringadvisor.report.ReportInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code brief}: an answers file in, a draft letter to management (or, short, the rep's meeting brief) out. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Draft a letter to management proposing to negotiate an agreement on email, internet and "
                + "social media use, with the gaps found put as proposals. Fill in the [bracketed] parts before sending. "
                + "With --length short: instead, a two-page brief for the rep to take into the meeting.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the letter was written", "2:bad answers file or option (the message says what and where)"})
final class BriefCommand implements Callable<Integer> {

    /** How much to write: the whole letter, or the rep's two-page meeting brief. */
    enum Length {
        FULL, SHORT;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Reads {@code --length full|short}, in any case. */
    static final class LengthConverter implements ITypeConverter<Length> {

        @Override
        public Length convert(String value) {
            for (Length length : Length.values()) {
                if (length.toString().equalsIgnoreCase(value.strip())) {
                    return length;
                }
            }
            throw new TypeConversionException("expected full or short, not \"" + value + "\"");
        }
    }

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

    @Option(names = "--length", paramLabel = "LENGTH", defaultValue = "full", converter = LengthConverter.class,
            description = "full (default): the letter; short: the rep's meeting brief, at most two printed pages: "
                    + "the points to lead with, what to ask for and the answer to the likeliest objection, the "
                    + "questions for management, what is already good, and the next steps.")
    private Length length;

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
        if (length == Length.SHORT && audience == Audience.EMPLOYER) {
            throw new UserInputException("--length short writes the rep's meeting brief, which is not for "
                    + "management; leave out --audience employer, or use --length full for the letter");
        }
        AnswersFile file = AnswersSource.read(answers, stdin, advisor);
        ReportInput input = ReportInput.of(advisor.assess(file.answers()), advisor.knowledge(), file.metadata());
        if (length == Length.SHORT) {
            Output.write(spec, stdout, out, format.renderBrief(input), format.name(), format.binary(), "Meeting brief",
                    answers);
        } else {
            Output.write(spec, stdout, out, format.render(input, audience), format.name(), format.binary(), "Letter",
                    answers);
        }
        return ExitCode.OK;
    }
}
