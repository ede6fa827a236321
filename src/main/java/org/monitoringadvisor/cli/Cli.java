package org.monitoringadvisor.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.cli.interview.InterviewCommand;
import org.monitoringadvisor.engine.InvalidAnswerException;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.knowledge.KnowledgeException;
import picocli.CommandLine;

/**
 * Builds the command line and runs it. User errors (bad files, bad answers, a broken rule base) are printed as
 * one clear message with exit code 2; anything else is a bug and keeps its stack trace.
 */
public final class Cli {

    private Cli() {
    }

    /** Runs with the process's standard streams. */
    public static int run(String[] args) {
        return run(args, System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), StandardOutput.ofProcess());
    }

    /** Runs with the given streams, so tests can script input and capture output; binary output is refused. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, new StandardOutput(OutputStream.nullOutputStream(), true));
    }

    /** Runs with the given streams, binary documents (Word, PDF) without {@code --out} going to {@code bytes}. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, OutputStream bytes) {
        return run(args, in, out, err, new StandardOutput(bytes, false));
    }

    private static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, StandardOutput stdout) {
        CommandLine commandLine = commandLine(in, stdout);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // --format JSON is as clear as --format json
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (isUserError(e)) {
                cl.getErr().println("monitoring-advisor: " + e.getMessage());
                cl.getErr().flush();
                return ExitCode.BAD_INPUT;
            }
            throw e;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(InputStream in) {
        return commandLine(in, new StandardOutput(OutputStream.nullOutputStream(), true));
    }

    private static CommandLine commandLine(InputStream in, StandardOutput stdout) {
        return new CommandLine(new RootCommand())
                .addSubcommand(new AssessCommand(in, stdout))
                .addSubcommand(new InterviewCommand(in))
                .addSubcommand(new WebCommand())
                .addSubcommand(new QuestionsCommand())
                .addSubcommand(new ServeCommand())
                .addSubcommand(new BriefCommand(in, stdout))
                .addSubcommand(new CompareCommand(in, stdout))
                .addSubcommand(new CheckCommand())
                .addSubcommand(new TestCommand())
                .addSubcommand(new InitRulesCommand())
                .addSubcommand(new SurveyCommand(in));
    }

    private static boolean isUserError(Exception e) {
        return e instanceof UserInputException || e instanceof AnswersFileException
                || e instanceof InvalidAnswerException || e instanceof KnowledgeException
                || e instanceof RuleBaseException;
    }
}
