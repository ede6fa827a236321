package org.monitoringadvisor.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the app image's start-up cache (Java 25's AOT cache, see docs/performance.md): the build runs
 * this once with {@code -XX:AOTCacheOutput}, and the classes it loads and links, with the profiles of the methods it
 * runs, are what later starts of the image find ready. So it runs, in one JVM, the short commands a rep runs: every
 * sample assessed in every format, a letter, a comparison, the questionnaire, a rule check and an interview fed from
 * a pipe, and on a terminal when it has one. Not a test: it fails only if a command does, so that a broken training
 * is never shipped silently.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    /** Arguments: the folder of sample answers files, and an empty folder for the interview's files. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StartupTraining SAMPLES_FOLDER WORK_FOLDER");
        }
        List<String> failed = run(Path.of(args[0]), Path.of(args[1]));
        if (!failed.isEmpty()) {
            System.err.println("start-up training: these commands failed: " + failed);
            System.exit(1);
        }
    }

    /** Runs every training command; returns the ones that did not exit with 0. */
    static List<String> run(Path samples, Path work) throws IOException {
        List<String> failed = new ArrayList<>();
        // The program's entry point, which the training itself does not start from: else every start of the app
        // would open the jar (23,000 entries) to load it.
        try {
            MethodHandles.lookup().ensureInitialized(Main.class);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (System.console() != null) {
            // Run on a terminal (the build gives it a pseudo-terminal): the interview through JLine, so the
            // terminal's classes and the foreign-function calls JLine makes are ready too. It reads the line the
            // build types, "quit", and leaves.
            String[] onTerminal = {"interview", "--file", work.resolve("terminal-answers.yaml").toString()};
            if (Cli.run(onTerminal) != ExitCode.OK) {
                failed.add(String.join(" ", onTerminal));
            }
        }
        for (List<String> command : commands(samples, work)) {
            String input = command.get(0).equals("interview") ? interviewInput() : "";
            EarlyStart.begin(command.toArray(String[]::new)); // as Main does
            int code = Cli.run(command.toArray(String[]::new),
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), discard(), discard());
            if (code != ExitCode.OK) {
                failed.add(String.join(" ", command));
            }
        }
        return failed;
    }

    static List<List<String>> commands(Path samples, Path work) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(samples)) {
            files = listing.filter(f -> f.toString().matches(".*\\.(ya?ml|json)")).sorted().toList();
        }
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--help"));
        commands.add(List.of("questions"));
        commands.add(List.of("check"));
        for (Path file : files) {
            for (String format : List.of("text", "markdown", "html", "json")) {
                commands.add(List.of("assess", "--answers", file.toString(), "--format", format));
            }
        }
        if (!files.isEmpty()) {
            commands.add(List.of("brief", "--answers", files.get(0).toString()));
        }
        Path before = samples.resolve("call-centre-draconian.yaml");
        Path after = samples.resolve("call-centre-after-talks.yaml");
        if (Files.exists(before) && Files.exists(after)) {
            commands.add(List.of("compare", before.toString(), after.toString()));
        }
        commands.add(List.of("interview", "--file", work.resolve("training-answers.yaml").toString()));
        return commands;
    }

    /** An employer's name, then "I don't know" to every question until the input ends, which ends the interview. */
    private static String interviewInput() {
        return "Training Workplace\n" + "unknown\n".repeat(200);
    }

    private static PrintWriter discard() {
        return new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }
}
