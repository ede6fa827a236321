package org.monitoringadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.monitoringadvisor.answers.PrivateFiles;
import org.monitoringadvisor.answers.PrivateFiles.PendingFile;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.survey.Survey;
import org.monitoringadvisor.survey.SurveyInput;
import org.monitoringadvisor.survey.SurveySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code survey}: many workplaces in, findings per workplace and a summary across them out. */
@Command(name = "survey", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assess many workplaces at once and count how many have each gap, by priority and topic.",
            "INPUT is a folder of answers files (.json, .yaml, .yml) or a JSON Lines file with one answer set "
                + "per line, shaped like an answers file (- reads JSON Lines from standard input).",
            "A bad record is named on standard error with its file or line, skipped and counted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was assessed",
            "1:some records were bad and were skipped (each is named on standard error and in the summary)",
            "2:bad input or option, or no answer sets at all (nothing is written)"})
final class SurveyCommand implements Callable<Integer> {

    /** The files {@code --out DIR} holds, besides the summaries. */
    static final String FINDINGS_FILE = "findings.jsonl";

    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Parameters(paramLabel = "INPUT", description = "A folder of answers files, or a .jsonl file (- for stdin).")
    private String input;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write " + FINDINGS_FILE + " (one line per workplace, in input order) and the "
                    + "summary as summary.txt, summary.json and summary.html (with charts) to this folder, "
                    + "readable by you only.")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Summary printed on the screen: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private SurveyFormat format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: one per processor). The output is the same whatever N is.")
    private Integer threads;

    SurveyCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        if (threads != null && threads < 1) {
            throw new UserInputException("--threads must be at least 1, not " + threads);
        }
        checkOutputFolder();
        Advisor advisor = ruleBase.advisor();
        PrintWriter err = spec.commandLine().getErr();
        SurveySummary summary;
        try (SurveyInput records = SurveyInput.open(input, stdin)) {
            if (!records.hasNext()) {
                throw new UserInputException(input + ": has no answer sets to assess");
            }
            Survey survey = new Survey(advisor,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors());
            ProgressBar bar = ProgressBar.onTerminal(err, "workplaces");
            Survey.Listener listener = new Survey.Listener() {
                @Override
                public void skipped(String message) {
                    if (bar != null) {
                        bar.clear();
                    }
                    err.println("monitoring-advisor: skipped " + message);
                }

                @Override
                public void progress(long done, double fraction) {
                    if (bar != null) {
                        bar.update(done, fraction);
                    }
                }
            };
            if (out == null) {
                summary = survey.run(records, null, listener);
            } else {
                Files.createDirectories(out);
                try (PendingFile findings = PrivateFiles.openAtomically(out.resolve(FINDINGS_FILE))) {
                    summary = survey.run(records, findings.writer(), listener);
                    findings.commit();
                }
            }
            if (bar != null) {
                bar.clear();
            }
        }
        if (out != null) {
            for (SurveyFormat each : SurveyFormat.values()) {
                PrivateFiles.writeAtomically(out.resolve(each.fileName()), each.render(summary));
            }
            err.println("Survey written to " + out + ": " + FINDINGS_FILE
                    + ", summary.txt, summary.json, summary.html");
        }
        spec.commandLine().getOut().print(format.render(summary));
        return summary.skipped() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private void checkOutputFolder() {
        if (out == null) {
            return;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("--out " + out + ": is a file; give a folder (it is created if missing)");
        }
        if ("-".equals(input)) {
            return;
        }
        Path in = Path.of(input);
        if (Files.isDirectory(in)) {
            if (Output.isSameFile(in, out)) {
                throw new UserInputException("--out " + out + ": is the input folder; give another folder, so that "
                        + "the summaries neither replace nor join the answers files");
            }
            return;
        }
        for (String written : outputNames()) {
            if (Output.isSameFile(out.resolve(written), in)) {
                throw new UserInputException("--out " + out + ": would write " + written + " over the input "
                        + input + "; give another folder");
            }
        }
    }

    private static List<String> outputNames() {
        List<String> names = new ArrayList<>();
        names.add(FINDINGS_FILE);
        for (SurveyFormat each : SurveyFormat.values()) {
            names.add(each.fileName());
        }
        return names;
    }
}
