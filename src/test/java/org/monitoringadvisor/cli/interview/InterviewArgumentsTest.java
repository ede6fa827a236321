package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.cli.ReportFormat;
import picocli.CommandLine;

/**
 * The interview's plain command lines are read without picocli: every one read so must be one picocli accepts, to
 * the same options, and without asking for help; anything else must be left to picocli.
 */
class InterviewArgumentsTest {

    private static final List<String> WORDS = List.of("--file", "--resume", "--policy", "--format", "--rules",
            "a.yaml", "b.json", "json", "PDF", "bogus", "-h", "--version", "--", "@args", "-x", "", "--file=a.yaml",
            "--format=Html", "--format=", "--fil", "assess");

    @Test
    void everyCommandLineReadWithoutPicocliIsReadTheSameByPicocli() {
        int readQuickly = 0;
        for (List<String> rest : sequences(3)) {
            Optional<InterviewCommand.Options> quick = InterviewArguments.options(interview(rest));
            if (quick.isPresent()) {
                readQuickly++;
                assertThat(picocli(rest)).as("%s", rest).contains(quick.get());
            }
        }
        assertThat(readQuickly).isGreaterThan(100);
    }

    @Test
    void theUsualCommandLinesAreReadWithoutPicocli() {
        assertThat(InterviewArguments.options(interview(List.of())))
                .contains(new InterviewCommand.Options(null, null, null, ReportFormat.text, null));
        List<String> all = List.of("--file", "new.yaml", "--resume", "old.yaml", "--policy", "policy.pdf",
                "--format", "docx", "--rules=my rules");
        InterviewCommand.Options expected = new InterviewCommand.Options(Path.of("new.yaml"), Path.of("old.yaml"),
                Path.of("policy.pdf"), ReportFormat.docx, Path.of("my rules"));
        assertThat(InterviewArguments.options(interview(all))).contains(expected);
        assertThat(picocli(all)).contains(expected);
    }

    @Test
    void helpMistakesAndOtherCommandsAreLeftToPicocli() {
        for (List<String> args : List.of(List.of("interview", "--help"), List.of("interview", "-V"),
                List.of("interview", "--file"), List.of("interview", "--file", "a.yaml", "--file", "b.yaml"),
                List.of("interview", "--format", "doc"), List.of("interview", "--fil", "a.yaml"),
                List.of("interview", "--file", "-a.yaml"), List.of("interview", "@options"),
                List.of("assess", "--answers", "a.yaml"), List.of("--help"), List.<String>of())) {
            assertThat(InterviewArguments.options(args.toArray(String[]::new))).as("%s", args).isEmpty();
        }
    }

    /** The options picocli reads from the interview's arguments, or empty if it refuses them or is asked for help. */
    private static Optional<InterviewCommand.Options> picocli(List<String> rest) {
        InterviewCommand command = new InterviewCommand(new ByteArrayInputStream(new byte[0]));
        CommandLine commandLine = new CommandLine(command);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // as Cli sets it
        try {
            CommandLine.ParseResult parsed = commandLine.parseArgs(rest.toArray(String[]::new));
            return parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested() ? Optional.empty()
                    : Optional.of(command.options());
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
    }

    private static String[] interview(List<String> rest) {
        List<String> args = new ArrayList<>(List.of("interview"));
        args.addAll(rest);
        return args.toArray(String[]::new);
    }

    /** Every sequence of up to {@code length} words. */
    private static List<List<String>> sequences(int length) {
        List<List<String>> all = new ArrayList<>(List.of(List.of()));
        List<List<String>> last = List.of(List.of());
        for (int n = 1; n <= length; n++) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> start : last) {
                for (String word : WORDS) {
                    List<String> longer = new ArrayList<>(start);
                    longer.add(word);
                    next.add(longer);
                }
            }
            all.addAll(next);
            last = next;
        }
        return all;
    }
}
