package org.monitoringadvisor.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.PrivateFiles;
import org.monitoringadvisor.engine.Advisor;
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
            description = "Write the report to this file (readable by you only) instead of the screen.")
    private Path out;

    AssessCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        Advisor advisor = ruleBase.advisor();
        AnswersFile file = AnswersSource.read(answers, stdin, advisor);
        ReportInput input = ReportInput.of(advisor, file.answers(), file.metadata());
        String report = format.render(input);
        if (out == null) {
            spec.commandLine().getOut().print(report);
        } else {
            PrivateFiles.writeAtomically(out, report);
            spec.commandLine().getErr().println("Report written to " + out);
        }
        return ExitCode.OK;
    }
}
