package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code web} command itself: what it prints, what it refuses before it starts, and how it stops. */
class WebCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsALoopbackLinkWithAOneTimeKeyOnThePortAskedFor() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = free.getLocalPort();
        }
        int[] listened = new int[1];

        WebRun run = WebRun.run(server -> listened[0] = server.port(), "--no-browser", "--port", "" + port,
                "--file", dir.resolve("a.yaml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(listened[0]).isEqualTo(port);
        assertThat(run.out()).containsPattern("\n  http://127\\.0\\.0\\.1:" + port + "/open\\?key=[A-Za-z0-9_-]{40,}\n")
                .contains("Stopped before the first answer, so there was nothing to save.")
                .doesNotContain("Opening it in your browser");
        assertThat(dir.resolve("a.yaml")).doesNotExist();
    }

    @Test
    void refusesAnAnswersFileThatExistsBeforeListening() throws IOException {
        Path existing = Files.writeString(dir.resolve("old.yaml"), "answers: {}\n");

        CliRun run = CliRun.run("web", "--no-browser", "--file", existing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(existing + " already exists; to carry on with it use --resume");
        assertThat(run.out()).doesNotContain("http://");
    }

    @Test
    void refusesABrokenFileToResumeNamingItsLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "answers:\n  personal-use: sometimes\n");

        CliRun run = CliRun.run("web", "--no-browser", "--resume", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.yaml", "personal-use", "sometimes").doesNotContain("Exception");
    }

    @Test
    void aPortInUseIsAClearMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.run("web", "--no-browser", "--port", "" + taken.getLocalPort());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort(), "--port");
        }
    }

    @Test
    void aPolicyThatCannotBeReadIsAClearMessageBeforeListening() throws IOException {
        Path policy = Files.write(dir.resolve("policy.pdf"), new byte[] {1, 2, 3, 0, 4});

        CliRun run = CliRun.run("web", "--no-browser", "--policy", policy.toString(), "--file",
                dir.resolve("a.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("policy.pdf").doesNotContain("Exception", "\tat ");
        assertThat(run.out()).doesNotContain("http://");
        assertThat(dir.resolve("a.yaml")).doesNotExist();
    }

    @Test
    void aPolicyIsForANewInterviewNotAResumedOne() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.txt"), "Personal use is not permitted.\n");
        Path answers = Files.writeString(dir.resolve("old.yaml"), "answers:\n  policy-exists: \"yes\"\n");

        CliRun run = CliRun.run("web", "--no-browser", "--policy", policy.toString(), "--resume", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--policy", "--resume");
        assertThat(run.out()).doesNotContain("http://");
    }

    @Test
    void theFindingsPageOffersTheReportInEveryFormatAndTheLettersAndBriefInEveryLetterFormat() {
        List<String> offered = WebCommand.downloads().stream().map(d -> d.document() + "." + d.extension()).toList();

        List<String> expected = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            expected.add("report." + org.monitoringadvisor.cli.interview.ReportFormats.extension(format));
        }
        for (String document : List.of("letter", "letter-to-management", "brief")) {
            for (LetterFormat format : LetterFormat.values()) {
                expected.add(document + "." + org.monitoringadvisor.cli.interview.ReportFormats.extension(
                        ReportFormat.valueOf(format.name())));
            }
        }
        assertThat(offered).containsExactlyElementsOf(expected)
                .contains("report.txt", "report.md", "report.html", "report.json", "report.docx", "report.pdf",
                        "brief.pdf", "letter-to-management.docx");
    }
}
