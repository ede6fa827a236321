package org.monitoringadvisor.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.authoring.FiringTrace;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleFiring;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.report.ReportInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assess}: an answers file in, a report out. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess a saved answers file (JSON or YAML) and print the findings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "2:bad answers file or option (the message says what and where)"})
final class AssessCommand implements Callable<Integer> {

    private final InputStream stdin;
    private final StandardOutput stdout;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Option(names = "--answers", required = true, paramLabel = "FILE",
            description = "The answers file (.json, .yaml or .yml), or - to read standard input.")
    private String answers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to this file (readable by you only) instead of the screen; docx and pdf "
                    + "need it, unless the output is redirected to a file.")
    private Path out;

    @Option(names = "--trace", description = "For rule authors: also list every rule firing, in order, with the facts "
            + "it matched and inserted, on standard error.")
    private boolean trace;

    AssessCommand(InputStream stdin, StandardOutput stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        // While the built-in rules are read (begun as the program started): the answers file, the report's template.
        AnswersSource.Parsed parsed = AnswersSource.parse(answers, stdin);
        format.prepare();
        Advisor advisor = ruleBase.advisor();
        AnswersFile file = parsed.checkedBy(advisor);
        ReportInput input = ReportInput.of(assess(advisor, file), advisor.knowledge(), file.metadata());
        Output.write(spec, stdout, out, format.render(input), format.name(), format.binary(), "Report", answers);
        return ExitCode.OK;
    }

    /** Assesses, with the trace on standard error when asked for: also when the rules loop, since that is when it helps. */
    private Assessment assess(Advisor advisor, AnswersFile file) {
        if (!trace) {
            return advisor.assess(file.answers());
        }
        List<RuleFiring> firings = new ArrayList<>();
        try {
            return advisor.assess(file.answers(), firings::add);
        } finally {
            spec.commandLine().getErr().print(FiringTrace.render(firings, 1000));
            spec.commandLine().getErr().flush();
        }
    }
}
