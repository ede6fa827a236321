package org.monitoringadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.cli.interview.FileNames;
import org.monitoringadvisor.cli.interview.ReportFormats;
import org.monitoringadvisor.cli.interview.ResumeCommand;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.policy.PolicyReading;
import org.monitoringadvisor.report.Audience;
import org.monitoringadvisor.web.Download;
import org.monitoringadvisor.web.WebServer;
import org.monitoringadvisor.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code web}: the guided interview in the rep's browser, served from this machine until Finish or Ctrl-C. */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = {"The guided interview in your web browser: the same questions, answers file and findings as "
                + "interview, served from this computer only.",
                "Prints a link that works once and opens it in your browser; stops when you press Finish or Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished, or stopped with the answers saved",
                "2:bad option, answers file, policy file or port in use (the message says what)"})
final class WebCommand implements Callable<Integer> {

    private final Consumer<WebServer> whileRunning;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleBaseOption ruleBase;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on, on 127.0.0.1 (default: any free port).")
    private int port;

    @Option(names = "--no-browser", description = "Do not open the browser; open the printed link yourself.")
    private boolean noBrowser;

    @Option(names = "--file", paramLabel = "ANSWERS",
            description = "Save the answers to this file (.yaml, .yml or .json). Default: "
                    + "answers-EMPLOYER-DATE.yaml in the current folder.")
    private Path file;

    @Option(names = "--resume", paramLabel = "ANSWERS",
            description = "Carry on with answers saved earlier (by this command or by interview); they are saved "
                    + "back to this file (or to --file).")
    private Path resume;

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "Read the employer's policy first (PDF, .docx, .odt, HTML, Markdown or text): the answers "
                    + "it suggests are shown first, each with the words it rests on, to accept or replace.")
    private Path policy;

    /** Serves until Finish or Ctrl-C. */
    WebCommand() {
        this(null);
    }

    /** Serves while {@code whileRunning} runs, then stops; for tests. Null waits for Finish or Ctrl-C. */
    WebCommand(Consumer<WebServer> whileRunning) {
        this.whileRunning = whileRunning;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new UserInputException("--port must be between 0 and 65535, not " + port);
        }
        AnswersFile resumed = resume == null ? null : AnswersFileReader.read(resume);
        if (file != null) {
            FileNames.checkNewFile(file, resume);
        }
        FileNames.checkCanSave(file, resume);
        if (policy != null && resume != null) {
            throw new UserInputException("use --policy for a new interview, or --resume to carry on with a file "
                    + "(read-policy's files included), not both");
        }
        PolicyReading reading = policy == null ? null : PolicyReaders.read(policy, ruleBase);
        Advisor advisor = ruleBase.advisor();
        LocalDate today = LocalDate.now();
        WebSettings settings = new WebSettings(port, file, resumed,
                employer -> FileNames.newAnswersFile(Path.of(""), employer, today), today, downloads(),
                WebCommand::commandLine, ruleBase.folder(), reading);
        PrintWriter out = spec.commandLine().getOut();
        try (WebServer server = start(advisor, settings)) {
            Thread onStop = new Thread(() -> stopped(server, out), "web-interview-stopped");
            Runtime.getRuntime().addShutdownHook(onStop);
            try {
                out.println("The interview is ready in your browser, on this computer only. Open this link (it works"
                        + " once):");
                out.println();
                out.println("  " + server.link());
                out.println();
                if (!noBrowser && server.openInBrowser(System.getenv())) {
                    out.println("Opening it in your browser now.");
                }
                out.println("Press Finish on the findings page, or Ctrl-C here, to stop; your answers are saved "
                        + "after each one.");
                out.flush();
                run(server);
            } finally {
                removeHook(onStop);
            }
            server.save();
            finished(server, out);
        }
        return ExitCode.OK;
    }

    private void run(WebServer server) {
        if (whileRunning != null) {
            whileRunning.accept(server);
            return;
        }
        try {
            server.awaitFinish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ctrl-C: the JVM is stopping; save once more and say how to carry on. */
    private void stopped(WebServer server, PrintWriter out) {
        server.save();
        out.println();
        finished(server, out);
    }

    private void finished(WebServer server, PrintWriter out) {
        if (server.answersFile() == null || server.answerCount() == 0) {
            out.println("Stopped before the first answer, so there was nothing to save.");
        } else {
            out.println("Your answers are saved in " + server.answersFile() + ". To carry on later:");
            out.println("  " + commandLine(resumeWords(server.answersFile())));
        }
        out.flush();
    }

    private List<String> resumeWords(Path answers) {
        List<String> words = new ArrayList<>(List.of("web"));
        if (ruleBase.folder() != null) {
            words.addAll(List.of("--rules", ruleBase.folder().toString()));
        }
        words.addAll(List.of("--resume", answers.toString()));
        return words;
    }

    private static WebServer start(Advisor advisor, WebSettings settings) {
        try {
            return WebServer.start(advisor, settings);
        } catch (BindException e) {
            throw new UserInputException("cannot listen on 127.0.0.1 port " + settings.port() + ": " + e.getMessage()
                    + "; is another program using it? leave out --port to take a free one");
        } catch (IOException e) {
            throw new UserInputException("cannot start the web interview: " + e.getMessage());
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs and says where the answers are.
        }
    }

    /** Every format the product writes: the report in each report format, the letter in each of its own. */
    static List<Download> downloads() {
        List<Download> downloads = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            downloads.add(new Download("report", ReportFormats.extension(format), label(format.name()),
                    mediaType(format.name()), format::render));
        }
        for (Audience audience : List.of(Audience.REP, Audience.EMPLOYER)) {
            String document = audience == Audience.REP ? "letter" : "letter-to-management";
            for (LetterFormat format : LetterFormat.values()) {
                downloads.add(new Download(document, extension(format), label(format.name()),
                        mediaType(format.name()), input -> format.render(input, audience)));
            }
        }
        for (LetterFormat format : LetterFormat.values()) {
            downloads.add(new Download("brief", extension(format), label(format.name()), mediaType(format.name()),
                    format::renderBrief));
        }
        return downloads;
    }

    private static String extension(LetterFormat format) {
        return ReportFormats.extension(ReportFormat.valueOf(format.name()));
    }

    private static String label(String format) {
        return switch (format) {
            case "text" -> "Plain text (.txt): to read, print or paste into an email";
            case "markdown" -> "Markdown (.md): for wikis and documents";
            case "html" -> "Web page (.html): to open in a browser and print";
            case "json" -> "JSON (.json): for other union tools";
            case "docx" -> "Word (.docx): to edit, or send as it is";
            case "pdf" -> "PDF (.pdf): to print or send";
            default -> format;
        };
    }

    private static String mediaType(String format) {
        return switch (format) {
            case "text" -> "text/plain; charset=utf-8";
            case "markdown" -> "text/markdown; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            case "json" -> "application/json";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }

    /** The command a rep would type: this program's launcher, then the words, quoted for a POSIX shell. */
    static String commandLine(List<String> words) {
        return ResumeCommand.program() + " " + words.stream().map(ResumeCommand::quoted)
                .collect(Collectors.joining(" "));
    }
}
