package org.monitoringadvisor.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.answers.AnswersFileWriter;
import org.monitoringadvisor.answers.PrivateFiles;
import org.monitoringadvisor.policy.PolicyAnswers;
import org.monitoringadvisor.policy.PolicyReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code read-policy}: reads the employer's policy and writes an answers file holding only the answers its text
 * settles, each with the quotes it rests on, for {@code interview --resume} to confirm.
 */
@Command(name = "read-policy", mixinStandardHelpOptions = true,
        description = {"Read the employer's IT, email, internet or social media policy (PDF, .docx, .odt, HTML, "
                + "Markdown or text) and suggest the answers its text settles, each with the quotes it rests on.",
                "Questions the text does not settle are left out, so the interview asks them. Nothing leaves "
                        + "this machine."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the policy was read (even if it settles nothing)",
                "2:the file cannot be read: missing, over 25 MB, encrypted, a scan without text, or not a "
                        + "known format (nothing is written)"})
public final class ReadPolicyCommand implements Callable<Integer> {

    /** The formats the answers can be written in. */
    enum Format { YAML, JSON }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Parameters(index = "0", paramLabel = "POLICY", description = "The policy file.")
    private Path policy;

    @Option(names = "--out", paramLabel = "ANSWERS",
            description = "Write the answers file here (.yaml, .yml or .json), readable by you only, instead of "
                    + "to standard output.")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "yaml or json (default: from the --out name, else yaml).")
    private Format format;

    @Override
    public Integer call() {
        Format chosen = format != null ? format : out == null ? Format.YAML
                : AnswersFileReader.Format.of(out) == AnswersFileReader.Format.JSON ? Format.JSON : Format.YAML;
        if (out != null) {
            AnswersFileReader.Format.of(out); // a name that is not .json, .yaml or .yml is refused before reading
        }
        PolicyReading reading = PolicyReaders.read(policy, ruleBase);
        String text = chosen == Format.JSON
                ? AnswersFileWriter.toJson(PolicyAnswers.metadata(reading), PolicyAnswers.answers(reading))
                : AnswersFileWriter.toYaml(PolicyAnswers.metadata(reading), PolicyAnswers.answers(reading));
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        PrivateFiles.writeAtomically(out, text);
        spec.commandLine().getOut().printf(Locale.ROOT, "Read %s: %d %s suggested from its text%s.%n",
                policy.getFileName(), reading.suggestions().size(),
                reading.suggestions().size() == 1 ? "answer" : "answers",
                reading.disagreements().isEmpty() ? "" : "; " + reading.disagreements().size()
                        + " left open where passages disagree");
        spec.commandLine().getOut().println("Wrote " + out + ". Confirm each suggestion, and answer the rest, with:");
        spec.commandLine().getOut().println("  monitoring-advisor interview --resume " + out);
        return ExitCode.OK;
    }
}
