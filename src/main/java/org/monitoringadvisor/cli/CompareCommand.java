package org.monitoringadvisor.cli;

import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.report.ComparisonBuilder;
import org.monitoringadvisor.report.ComparisonReport;
import org.monitoringadvisor.report.Markup;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.model.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare OLD NEW}: two answers files for one employer in, what changed out. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two answers files for the same employer, earlier and later: which gaps closed, "
                + "which are new, which strengths were gained or lost, and which answers changed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the comparison was written",
                "2:bad answers file or option, or files for different employers (the message says what and where)"})
final class CompareCommand implements Callable<Integer> {

    private final InputStream stdin;
    private final StandardOutput stdout;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier answers file (.json, .yaml or .yml).")
    private String earlier;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later answers file (.json, .yaml or .yml).")
    private String later;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the comparison to this file (readable by you only) instead of the screen; docx and "
                    + "pdf need it, unless the output is redirected to a file.")
    private Path out;

    CompareCommand(InputStream stdin, StandardOutput stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        if ("-".equals(earlier) && "-".equals(later)) {
            throw new UserInputException("only one of OLD and NEW can be read from standard input (-)");
        }
        Advisor advisor = ruleBase.advisor();
        AnswersFile before = AnswersSource.read(earlier, stdin, advisor);
        AnswersFile after = AnswersSource.read(later, stdin, advisor);
        requireSameEmployer(before, after);
        Comparison comparison = ComparisonBuilder.build(
                ReportInput.of(advisor.assess(before.answers()), advisor.knowledge(), before.metadata()),
                ReportInput.of(advisor.assess(after.answers()), advisor.knowledge(), after.metadata()), name(before),
                name(after));
        // Said on standard error too, so it is seen even when the comparison goes to a file.
        comparison.warnings().forEach(warning -> spec.commandLine().getErr().println("Warning: " + warning + "."));
        byte[] document = switch (format) {
            case text -> ReportFormat.utf8(ComparisonReport.render(comparison, Markup.TEXT));
            case markdown -> ReportFormat.utf8(ComparisonReport.render(comparison, Markup.MARKDOWN));
            case html -> ReportFormat.utf8(ComparisonReport.render(comparison, Markup.HTML));
            case json -> ReportFormat.utf8(ComparisonReport.json(comparison));
            case docx -> ComparisonReport.word(comparison);
            case pdf -> ComparisonReport.pdf(comparison);
        };
        Output.write(spec, stdout, out, document, format.name(), format.binary(), "Comparison", earlier, later);
        return ExitCode.OK;
    }

    /** Two files naming different employers are a mistake worth stopping for; one without a name is fine. */
    private static void requireSameEmployer(AnswersFile before, AnswersFile after) {
        Optional<String> first = before.employer();
        Optional<String> second = after.employer();
        if (first.isPresent() && second.isPresent() && !normalised(first.get()).equals(normalised(second.get()))) {
            throw new UserInputException(before.source() + " is for employer \"" + first.get() + "\" but "
                    + after.source() + " is for \"" + second.get()
                    + "\"; compare needs two answers files for the same employer");
        }
    }

    private static String normalised(String employer) {
        return employer.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The file's name without its folders, which may say more about the rep's machine than the report needs. */
    private static String name(AnswersFile file) {
        try {
            Path name = Path.of(file.source()).getFileName();
            return name == null ? file.source() : name.toString();
        } catch (InvalidPathException e) {
            return file.source();
        }
    }
}
