package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.ExamplePolicy;
import org.monitoringadvisor.policy.PolicyAnswers;
import org.monitoringadvisor.policy.PolicyEvidence;
import org.monitoringadvisor.policy.PolicyReader;
import org.monitoringadvisor.policy.PolicyReading;
import org.monitoringadvisor.policy.text.DocumentReader;
import org.monitoringadvisor.policy.text.DocumentText;
import org.monitoringadvisor.web.Chromium;
import org.monitoringadvisor.web.WebServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code web --policy} in a real browser: the answers the policy suggests come first, one a page with the words they
 * rest on and where those are; the suggested answer accepts, another replaces; the answers file is the one the
 * console interview writes for the same replies, so accepted answers keep their quotes and replaced ones lose them.
 */
class WebPolicyBrowserTest {

    @TempDir
    static Path shared;
    private static ChromeDriver browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start(Files.createDirectory(shared.resolve("profile")),
                Files.createDirectory(shared.resolve("downloads")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void eachSuggestionIsConfirmedFirstWithItsQuoteAndTheFileIsTheOneTheConsoleWrites() throws IOException {
        Path policy = ExamplePolicy.writeTo(dir);
        Path answers = dir.resolve("web.yaml");
        Map<String, String> replaced = Map.of("personal-use", "limited");

        WebRun run = WebRun.run(server -> {
            browser.get(server.link().toString());
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("it suggests 4 answers");
            browser.findElement(By.id("employer")).sendKeys("Example Ltd");
            submit();
            int suggestions = 0;
            while (path().startsWith("/suggestion/")) {
                suggestions++;
                String id = questionId();
                String main = browser.findElement(By.tagName("main")).getText().replaceAll("\\s+", " ");
                assertThat(main).contains("Suggestion " + suggestions + " of 4, from reading policy.txt");
                if (id.equals("monitoring-practice")) {
                    assertThat(main).contains("\u201CAll internet use is automatically logged.\u201D",
                            "section \"Internet and Email Policy\", paragraph 1, line 3; high confidence");
                    Chromium.assertAccessible(browser, "a suggestion from the policy");
                }
                assertThat(checkedValue()).as("the suggestion is chosen already").isPresent();
                if (replaced.containsKey(id)) {
                    browser.findElement(By.cssSelector("label[for='answer-" + replaced.get(id) + "']")).click();
                }
                submit();
            }
            assertThat(suggestions).isEqualTo(4);
            assertThat(questionId()).as("the policy settled these").isNotIn("policy-exists", "monitoring-practice",
                    "personal-use", "social-media-access");
            browser.get(server.base().resolve("/question/policy-exists").toString());
            assertThat(path()).as("a confirmed suggestion is changed like any answer").isEqualTo(
                    "/question/policy-exists");
            browser.get(server.base().resolve("/next").toString());
            while (path().startsWith("/question/")) {
                browser.findElement(By.cssSelector("label[for='answer-unknown']")).click();
                submit();
            }
            Chromium.click(browser, By.xpath("//button[normalize-space()='Finish']"));
            try {
                assertThat(server.awaitFinish(Duration.ofSeconds(10))).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "--no-browser", "--policy", policy.toString(), "--file", answers.toString());

        assertThat(run.exitCode()).isZero();
        AnswersFile saved = AnswersFileReader.read(answers);
        PolicyEvidence evidence = PolicyEvidence.from(saved.metadata());
        assertThat(saved.answers()).containsEntry("personal-use", "limited").containsEntry("monitoring-practice",
                "routine");
        assertThat(evidence.of("monitoring-practice")).isNotEmpty();
        assertThat(evidence.of("personal-use")).as("a replaced suggestion loses its quote").isEmpty();
        assertThat(evidence.confirmed()).containsExactlyInAnyOrder("policy-exists", "monitoring-practice",
                "personal-use", "social-media-access");
        assertThat(Files.readString(answers)).isEqualTo(consoleFile("Example Ltd", policy, replaced));
    }

    /** The file the console writes with {@code --policy}: Enter for each suggestion unless replaced, then "unknown". */
    private String consoleFile(String employer, Path policy, Map<String, String> replaced) {
        DocumentText text = DocumentReader.read(policy);
        PolicyReading reading = PolicyReader.builtIn().read(text, PolicyReader.describe(policy, text, LocalDate.now()));
        StringBuilder typed = new StringBuilder(employer).append('\n');
        Map<String, String> suggested = new LinkedHashMap<>(PolicyAnswers.answers(reading));
        try (Interview interview = Advisor.builtIn().startInterview()) {
            interview.answerAll(suggested);
            for (Question question : Advisor.builtIn().questions()) {
                if (suggested.containsKey(question.id())) {
                    String value = replaced.get(question.id());
                    typed.append(value == null ? "" : value).append('\n');
                    if (value != null) {
                        interview.answer(question.id(), value);
                    }
                }
            }
            for (Optional<Question> next = interview.next(); next.isPresent(); next = interview.next()) {
                interview.answer(next.get().id(), "unknown");
                typed.append("unknown\n");
            }
        }
        Path file = dir.resolve("console.yaml");
        CliRun console = CliRun.withInput(typed.append("1\n").toString(), "interview", "--policy", policy.toString(),
                "--file", file.toString());
        assertThat(console.exitCode()).isZero();
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private static String questionId() {
        return path().substring(path().lastIndexOf('/') + 1);
    }

    private static Optional<String> checkedValue() {
        return browser.findElements(By.cssSelector("input[name=answer]:checked")).stream()
                .map(e -> e.getAttribute("value")).findFirst();
    }

    private static void submit() {
        Chromium.click(browser, By.cssSelector("main form button[type=submit]"));
    }
}
