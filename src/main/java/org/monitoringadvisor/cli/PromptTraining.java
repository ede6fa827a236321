package org.monitoringadvisor.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the app image's second start-up cache, the one the launcher gives a new interview (see
 * docs/performance.md): a JVM loads and links every class its cache holds before the program's first line, so a
 * cache of only what the interview needs up to its first prompt shows that prompt sooner than the full one
 * ({@link StartupTraining}). It runs the interview to its first prompt on a terminal when it has one (the build gives
 * it a pseudo-terminal and types "quit"), then on a pipe whose input ends there.
 *
 * <p>The rules, which begin loading as the prompt shows, are kept out of this cache: the training names a rules
 * folder that does not exist, whose loading fails at once, where the built-in rules' loading would put in whatever
 * that thread had reached when the JVM left, a different cache at each build and a later prompt. In a real
 * interview the rules then load from the jar while the rep types the employer's name.
 */
public final class PromptTraining {

    private PromptTraining() {
    }

    /** Argument: an empty folder for the interview's files (nothing is written there: it ends before any answer). */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PromptTraining WORK_FOLDER");
        }
        List<String> failed = run(Path.of(args[0]));
        if (!failed.isEmpty()) {
            System.err.println("prompt training: these interviews failed: " + failed);
            System.exit(1);
        }
    }

    /** Runs the interview to its first prompt on the terminal (if any), then on a pipe; returns those that failed. */
    static List<String> run(Path work) {
        List<String> failed = new ArrayList<>();
        try {
            MethodHandles.lookup().ensureInitialized(Main.class); // the entry point, as in StartupTraining
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (System.console() != null) {
            String[] onTerminal = interview(work, "terminal-answers.yaml");
            EarlyStart.begin(onTerminal); // as Main does
            if (Cli.run(onTerminal) != ExitCode.OK) {
                failed.add(String.join(" ", onTerminal));
            }
        }
        String[] onPipe = interview(work, "pipe-answers.yaml");
        EarlyStart.begin(onPipe);
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        if (Cli.run(onPipe, new ByteArrayInputStream(new byte[0]), discard, discard) != ExitCode.OK) {
            failed.add(String.join(" ", onPipe));
        }
        return failed;
    }

    private static String[] interview(Path work, String answers) {
        return new String[] {"interview", "--file", work.resolve(answers).toString(),
            "--rules", work.resolve("no-such-rules-folder").toString()};
    }
}
