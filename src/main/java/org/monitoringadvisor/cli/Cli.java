package org.monitoringadvisor.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.cli.interview.InterviewArguments;
import org.monitoringadvisor.cli.interview.InterviewCommand;
import org.monitoringadvisor.engine.InvalidAnswerException;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.policy.PolicyRulesException;
import org.monitoringadvisor.policy.text.DocumentException;
import picocli.CommandLine;

/**
 * Builds the command line and runs it; the interview's plain command lines are read without picocli
 * ({@link InterviewArguments}), so that its first prompt comes sooner. User errors (bad files, bad answers, a broken
 * rule base) are printed as one clear message with exit code 2 (and, with {@code --trace}, what a rule threw);
 * anything else is a bug, said to be one, with its stack trace and exit code 70.
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
        Optional<InterviewCommand> interview = InterviewArguments.read(args, in);
        int code = interview.isPresent() ? run(interview.get(), out, err) : runParsed(args, in, out, err, stdout);
        out.flush();
        err.flush();
        return code;
    }

    /** An interview whose plain command line was read without picocli, failing as it would through picocli. */
    private static int run(InterviewCommand interview, PrintWriter out, PrintWriter err) {
        try {
            return interview.run(out);
        } catch (Exception e) {
            return failed(e, err, false);
        }
    }

    private static int runParsed(String[] args, InputStream in, PrintWriter out, PrintWriter err,
                                 StandardOutput stdout) {
        CommandLine commandLine = commandLine(in, stdout, args);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // --format JSON is as clear as --format json
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> failed(e, cl.getErr(), traceWanted(parsed)));
        return commandLine.execute(args);
    }

    /** The whole command tree. */
    static CommandLine commandLine(InputStream in) {
        return commandLine(in, new StandardOutput(OutputStream.nullOutputStream(), true), (String[]) null);
    }

    /**
     * The command line for these arguments. Building picocli's model of a command (reflection over its options)
     * is a good part of a short command's start-up, so when the first argument names a subcommand, only that one
     * is built: it parses and prints its help exactly as in the whole tree. Anything else (no arguments, a root
     * option such as --help, a misspelt command) gets the whole tree, which lists and suggests every command.
     */
    static CommandLine commandLine(InputStream in, String[] args) {
        return commandLine(in, new StandardOutput(OutputStream.nullOutputStream(), true), args);
    }

    private static CommandLine commandLine(InputStream in, StandardOutput stdout, String[] args) {
        if (args != null && args.length > 0) {
            CommandLine only = tree(in, stdout, args[0]);
            if (!only.getSubcommands().isEmpty()) {
                return only;
            }
        }
        return tree(in, stdout, null);
    }

    /** The root with the subcommand named {@code wanted}, or with every subcommand if {@code wanted} is null. */
    private static CommandLine tree(InputStream in, StandardOutput stdout, String wanted) {
        return new Subcommands(new CommandLine(new RootCommand()), wanted)
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
                .addSubcommand(new SurveyCommand(in))
                .addSubcommand(new ReadPolicyCommand())
                .commandLine();
    }

    /**
     * Reports a command's failure and gives its exit code: a user error as one line (and, with {@code --trace},
     * what a rule threw), anything else as the bug it is, with its stack trace.
     */
    static int failed(Exception e, PrintWriter errors, boolean trace) {
        if (isUserError(e)) {
            errors.println("monitoring-advisor: " + TerminalText.clean(e.getMessage()));
            if (e.getCause() != null && trace) {
                e.getCause().printStackTrace(errors);
            }
            errors.flush();
            return ExitCode.BAD_INPUT;
        }
        StackTraceElement[] where = e.getStackTrace();
        errors.println("monitoring-advisor: internal error (a bug, not a problem with your input): "
                + e.getClass().getSimpleName() + (where.length > 0 ? " at " + where[0] : "")
                + "; please report it with the details below");
        e.printStackTrace(errors);
        errors.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    /** Whether the command that ran was given {@code --trace}. */
    private static boolean traceWanted(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult each = parsed; each != null; each = each.subcommand()) {
            if (each.hasMatchedOption("--trace")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUserError(Exception e) {
        return e instanceof UserInputException || e instanceof AnswersFileException
                || e instanceof InvalidAnswerException || e instanceof KnowledgeException
                || e instanceof RuleBaseException || e instanceof DocumentException
                || e instanceof PolicyRulesException;
    }
}
