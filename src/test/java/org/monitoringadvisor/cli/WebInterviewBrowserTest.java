package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.web.Chromium;
import org.monitoringadvisor.web.WebServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The web interview in a real browser (headless Chromium), as a rep would use it: a whole interview with Back,
 * review and change, "I don't know", a reload and the downloads; carrying on from a file the console wrote; and a
 * run with the keyboard alone. Every page is checked with axe-core. One browser serves every test.
 */
class WebInterviewBrowserTest {

    /** A council's answers by value; every other question asked gets "I don't know". */
    private static final Map<String, String> COUNCIL = Map.ofEntries(
            Map.entry("policy-exists", "yes"), Map.entry("policy-agreed-with-union", "consulted-only"),
            Map.entry("policy-publicised", "clearly"), Map.entry("personal-use", "banned"),
            Map.entry("social-media-access", "open"), Map.entry("monitoring-practice", "routine"),
            Map.entry("monitoring-disclosed", "partly"), Map.entry("explanation-first", "yes"),
            Map.entry("union-email-addresses", "yes"), Map.entry("union-email-privacy", "not-guaranteed"));

    @TempDir
    static Path shared;
    private static ChromeDriver browser;
    private static Path downloads;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() throws IOException {
        downloads = Files.createDirectory(shared.resolve("downloads"));
        browser = Chromium.start(Files.createDirectory(shared.resolve("profile")), downloads);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWholeInterviewWithBackReviewChangeAndReloadSavesWhatTheConsoleSavesAndDownloadsWhatAssessWrites()
            throws IOException {
        Path answers = dir.resolve("web.yaml");
        List<String> asked = new ArrayList<>();

        WebRun run = WebRun.run(server -> {
            browser.get(server.link().toString());
            assertThat(URI.create(browser.getCurrentUrl()).getRawQuery()).as("the key is dropped").isNull();
            Chromium.assertAccessible(browser, "welcome");
            browser.findElement(By.id("employer")).sendKeys("Example Borough Council");
            click(By.cssSelector("main button[type=submit]"));

            boolean sawProblem = false;
            boolean reloaded = false;
            boolean wentBack = false;
            boolean sawHelp = false;
            while (browser.getCurrentUrl().contains("/question/")) {
                String id = questionId();
                if (!sawProblem) {
                    submit();
                    assertThat(browser.findElement(By.id("answer-error")).getText()).contains("Choose one of the answers");
                    assertThat(browser.getTitle()).startsWith("Problem:");
                    Chromium.assertAccessible(browser, "question with a problem");
                    sawProblem = true;
                }
                if (asked.size() == 2 && !reloaded) {
                    browser.navigate().refresh();
                    assertThat(questionId()).isEqualTo(id);
                    assertThat(AnswersFileReader.read(answers).answers()).hasSize(2);
                    reloaded = true;
                }
                if (!sawHelp) {
                    browser.findElement(By.cssSelector("details.help summary")).click();
                    assertThat(browser.findElement(By.cssSelector("details.help .help-body")).isDisplayed()).isTrue();
                    Chromium.assertAccessible(browser, "question with its help open");
                    click(By.partialLinkText("Why this question"));
                    assertThat(browser.findElement(By.tagName("main")).getText())
                            .contains("What each answer would lead to");
                    Chromium.assertAccessible(browser, "why");
                    click(By.linkText("Back to the question"));
                    assertThat(questionId()).isEqualTo(id);
                    sawHelp = true;
                }
                if (asked.size() == 4 && !wentBack) {
                    click(By.linkText("Back"));
                    assertThat(questionId()).isEqualTo(asked.get(3));
                    assertThat(checkedValue()).contains(COUNCIL.getOrDefault(asked.get(3), "unknown"));
                    click(By.linkText("Back"));
                    assertThat(questionId()).isEqualTo(asked.get(2));
                    assertThat(browser.findElement(By.cssSelector(".progress")).getText())
                            .startsWith("Changing an earlier answer");
                    wentBack = true;
                    id = questionId();
                }
                choose(COUNCIL.getOrDefault(id, "unknown"));
                submit();
                if (!asked.contains(id)) {
                    asked.add(id);
                }
            }
            assertThat(wentBack).isTrue();
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/findings");
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("What your answers show about Example Borough Council");
            Chromium.assertAccessible(browser, "findings");

            click(By.linkText("Review your answers"));
            Chromium.assertAccessible(browser, "review");
            click(By.cssSelector("a[href='/question/policy-publicised']"));
            assertThat(checkedValue()).contains("clearly");
            choose("partly");
            submit();
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                    .contains("is now \"Partly: it exists, but is hard to find or to follow\"");
            Chromium.assertAccessible(browser, "page after a change");
            while (browser.getCurrentUrl().contains("/question/")) {
                choose("unknown");
                submit();
            }
            assertThat(AnswersFileReader.read(answers).answers()).containsEntry("policy-publicised", "partly");

            Path report = download("/download/report.txt", "report-web.txt");
            assertThat(read(report)).isEqualTo(CliRun.run("assess", "--answers", answers.toString()).out());
            Path letter = download("/download/letter.html", "letter-web.html");
            assertThat(read(letter)).isEqualTo(CliRun.run("brief", "--answers", answers.toString(), "--format",
                    "html").out());
            for (String format : List.of("docx", "pdf")) {
                Path fromPage = download("/download/report." + format, "report-web." + format);
                Path fromAssess = dir.resolve("assess." + format);
                assertThat(CliRun.run("assess", "--answers", answers.toString(), "--format", format, "--out",
                        fromAssess.toString()).exitCode()).isZero();
                assertThat(bytes(fromPage)).as("the %s download", format).isEqualTo(bytes(fromAssess));
            }
            Path brief = download("/download/brief.pdf", "brief-web.pdf");
            Path fromBrief = dir.resolve("brief.pdf");
            assertThat(CliRun.run("brief", "--answers", answers.toString(), "--length", "short", "--format", "pdf",
                    "--out", fromBrief.toString()).exitCode()).isZero();
            assertThat(bytes(brief)).as("the short brief").isEqualTo(bytes(fromBrief));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Next time, from the command line",
                    "interview --resume " + answers, "brief --answers " + answers + " --length short");

            browser.get(server.base().resolve("/no-such-page").toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
            Chromium.assertAccessible(browser, "page not found");
            browser.navigate().back();
            click(By.xpath("//button[normalize-space()='Finish']"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Finished");
            Chromium.assertAccessible(browser, "finished");
            assertThat(awaitFinish(server)).as("Finish stops the server").isTrue();
        }, "--no-browser", "--file", answers.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("http://127.0.0.1:", "/open?key=", "Your answers are saved in " + answers);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(answers))).isEqualTo("rw-------");
        Map<String, String> finalAnswers = new LinkedHashMap<>(COUNCIL);
        finalAnswers.put("policy-publicised", "partly");
        assertThat(read(answers)).isEqualTo(consoleFile("Example Borough Council", finalAnswers));
    }

    @Test
    void carriesOnFromAFileTheConsoleWroteAndTheConsoleCarriesOnFromIt() {
        Path answers = dir.resolve("answers.yaml");
        CliRun console = CliRun.withInput("Example Trust\nyes\nagreed\nquit\n", "interview", "--file",
                answers.toString());
        assertThat(console.exitCode()).isZero();

        WebRun run = WebRun.run(server -> {
            browser.get(server.link().toString());
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have 2 answers from before");
            Chromium.assertAccessible(browser, "welcome when carrying on");
            click(By.linkText("Carry on with the questions"));
            assertThat(questionId()).isNotIn("policy-exists", "policy-agreed-with-union");
            while (browser.getCurrentUrl().contains("/question/")) {
                choose("unknown");
                submit();
            }
            click(By.xpath("//button[normalize-space()='Finish']"));
            assertThat(awaitFinish(server)).isTrue();
        }, "--no-browser", "--resume", answers.toString());

        assertThat(run.exitCode()).isZero();
        Map<String, String> expected = new LinkedHashMap<>(Map.of("policy-exists", "yes",
                "policy-agreed-with-union", "agreed"));
        assertThat(read(answers)).isEqualTo(consoleFile("Example Trust", expected));
        String before = read(answers);
        CliRun again = CliRun.withInput("", "interview", "--resume", answers.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out().replaceAll("\\s+", " ")).contains("no questions left");
        assertThat(read(answers)).isEqualTo(before);
    }

    @Test
    void theKeyboardAloneTakesARepFromTheFirstPageToFinishedWithTheFocusAlwaysVisible() {
        Path answers = dir.resolve("keyboard.yaml");

        WebRun run = WebRun.run(server -> {
            browser.get(server.link().toString());
            tabTo("input#employer");
            new Actions(browser).sendKeys("Keyboard Union").perform();
            tabTo("main button[type=submit]");
            press(Keys.ENTER);
            while (browser.getCurrentUrl().contains("/question/")) {
                tabTo("input[name=answer]");
                // Space chooses the first answer; the up arrow wraps round to the last, "I don't know".
                new Actions(browser).sendKeys(Keys.SPACE).sendKeys(Keys.ARROW_UP).perform();
                assertThat(checkedValue()).contains("unknown");
                tabTo("main form button[type=submit]");
                press(Keys.ENTER);
            }
            tabTo("main form[action='/finish'] button");
            press(Keys.ENTER);
            assertThat(awaitFinish(server)).isTrue();
        }, "--no-browser", "--file", answers.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(AnswersFileReader.read(answers).employer()).contains("Keyboard Union");
        assertThat(AnswersFileReader.read(answers).answers()).isNotEmpty().allSatisfy((q, v) -> assertThat(v)
                .isEqualTo("unknown"));
    }

    @Test
    void atAPhonesWidthEveryPageFitsWithoutScrollingSideways() throws IOException {
        Path answers = Files.copy(Path.of("facts-samples/call-centre-draconian.yaml"), dir.resolve("sample.yaml"));
        org.openqa.selenium.Dimension wide = browser.manage().window().getSize();

        WebRun run = WebRun.run(server -> {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            try {
                browser.get(server.link().toString());
                for (String page : List.of("/", "/question/monitoring-practice", "/why/monitoring-practice",
                        "/review", "/findings")) {
                    browser.get(server.base().resolve(page).toString());
                    long inner = (Long) browser.executeScript("return window.innerWidth;");
                    long content = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                    assertThat(inner).as("the window is a phone's width").isLessThanOrEqualTo(400);
                    assertThat(content).as("width of %s at %d pixels", page, inner).isLessThanOrEqualTo(inner);
                }
            } finally {
                browser.manage().window().setSize(wide);
            }
        }, "--no-browser", "--resume", answers.toString());

        assertThat(run.exitCode()).isZero();
    }

    /** Presses Tab until the focus is on an element matching {@code css}, checking each stop shows its focus. */
    private static void tabTo(String css) {
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            String outline = (String) browser.executeScript("const s = getComputedStyle(arguments[0]);"
                    + " return s.outlineStyle + ' ' + s.outlineWidth;", focused);
            assertThat(outline).as("focus outline of %s", focused.getAttribute("outerHTML"))
                    .doesNotStartWith("none").doesNotEndWith(" 0px");
            if ((Boolean) browser.executeScript("return arguments[0].matches(arguments[1]);", focused, css)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css + " on " + browser.getCurrentUrl());
    }

    private static String questionId() {
        String path = URI.create(browser.getCurrentUrl()).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Optional<String> checkedValue() {
        return browser.findElements(By.cssSelector("input[name=answer]:checked")).stream()
                .map(e -> e.getAttribute("value")).findFirst();
    }

    /** Chooses an answer by clicking its label, as a rep would. */
    private static void choose(String value) {
        browser.findElement(By.cssSelector("label[for='answer-" + value + "']")).click();
    }

    private static void submit() {
        click(By.cssSelector("main form button[type=submit]"));
    }

    private static void click(By what) {
        Chromium.click(browser, what);
    }

    private static void press(Keys key) {
        Chromium.press(browser, key);
    }

    private static Path download(String href, String name) {
        Path file = downloads.resolve(name);
        browser.findElement(By.cssSelector("a[href='" + href + "']")).click();
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!downloaded(file) && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertThat(downloaded(file)).as("downloaded " + name).isTrue();
        return file;
    }

    /** Chromium may show the file before its bytes are in, so wait for content and no partial download left. */
    private static boolean downloaded(Path file) {
        try (var partial = Files.list(downloads)) {
            return Files.exists(file) && Files.size(file) > 0
                    && partial.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean awaitFinish(WebServer server) {
        try {
            return server.awaitFinish(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The answers file the console interview writes for this employer and these answers, "unknown" elsewhere. */
    private String consoleFile(String employer, Map<String, String> given) {
        StringBuilder typed = new StringBuilder(employer).append('\n');
        try (Interview interview = Advisor.builtIn().startInterview()) {
            for (Optional<Question> next = interview.next(); next.isPresent(); next = interview.next()) {
                String value = given.getOrDefault(next.get().id(), "unknown");
                interview.answer(next.get().id(), value);
                typed.append(value).append('\n');
            }
        }
        Path file = dir.resolve("console-" + System.nanoTime() + ".yaml");
        assertThat(CliRun.withInput(typed.append("1\n").toString(), "interview", "--file", file.toString())
                .exitCode()).isZero();
        return read(file);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
