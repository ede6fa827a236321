package org.monitoringadvisor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.web.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Not a test: makes the screenshots of the web interview in {@code docs/} when run with
 * {@code -Dweb.screenshots=docs} (the folder to write to); skipped otherwise.
 */
@EnabledIfSystemProperty(named = "web.screenshots", matches = ".+")
class WebScreenshots {

    private static final Map<String, String> ANSWERS = Map.of("policy-exists", "yes",
            "policy-agreed-with-union", "consulted-only", "policy-publicised", "partly", "personal-use", "banned",
            "social-media-access", "blocked", "monitoring-practice", "routine", "monitoring-disclosed", "no",
            "union-email-addresses", "yes", "union-email-privacy", "not-guaranteed");

    @TempDir
    Path dir;

    @Test
    void takeScreenshots() throws IOException {
        Path docs = Path.of(System.getProperty("web.screenshots"));
        Files.deleteIfExists(Path.of("target/answers-example-borough-council.yaml"));
        ChromeDriver browser = Chromium.start(Files.createDirectory(dir.resolve("profile")),
                Files.createDirectory(dir.resolve("downloads")));
        try {
            browser.manage().window().setSize(new Dimension(1000, 900));
            WebRun.run(server -> {
                browser.get(server.link().toString());
                browser.findElement(By.id("employer")).sendKeys("Example Borough Council");
                click(browser, By.cssSelector("main button[type=submit]"));
                int answered = 0;
                while (browser.getCurrentUrl().contains("/question/")) {
                    String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
                    if (answered == 5) {
                        click(browser, By.partialLinkText("Why this question"));
                        shoot(browser, docs.resolve("web-why.png"));
                        click(browser, By.linkText("Back to the question"));
                    }
                    if (answered == 2) {
                        browser.findElement(By.cssSelector("label[for='answer-" + ANSWERS.getOrDefault(id, "unknown")
                                + "']")).click();
                        shoot(browser, docs.resolve("web-question.png"));
                    }
                    browser.findElement(By.cssSelector("label[for='answer-" + ANSWERS.getOrDefault(id, "unknown")
                            + "']")).click();
                    click(browser, By.cssSelector("main form button[type=submit]"));
                    answered++;
                }
                shoot(browser, docs.resolve("web-findings.png"));
                browser.executeScript("document.querySelector('dl.commands').scrollIntoView({block: 'center'})");
                shoot(browser, docs.resolve("web-downloads.png"));
                click(browser, By.linkText("Review your answers"));
                shoot(browser, docs.resolve("web-review.png"));
                browser.manage().window().setSize(new Dimension(400, 860));
                browser.get(server.base().resolve("/question/personal-use").toString());
                shoot(browser, docs.resolve("web-phone.png"));
                browser.manage().window().setSize(new Dimension(1000, 900));
                browser.get(server.base().resolve("/findings").toString());
                click(browser, By.xpath("//button[normalize-space()='Finish']"));
            }, "--no-browser", "--file", "target/answers-example-borough-council.yaml");
            Path policy = Files.writeString(dir.resolve("it-policy.txt"), String.join("\n",
                    "Internet and Email Policy", "", "All internet use is automatically logged.",
                    "Personal use is not permitted.", ""));
            WebRun.run(server -> {
                browser.get(server.link().toString());
                click(browser, By.cssSelector("main button[type=submit]"));
                click(browser, By.cssSelector("main form button[type=submit]"));
                shoot(browser, docs.resolve("web-suggestion.png"));
            }, "--no-browser", "--policy", policy.toString(), "--file", dir.resolve("policy.yaml").toString());
        } finally {
            browser.quit();
        }
    }

    private static void click(ChromeDriver browser, By what) {
        Chromium.click(browser, what);
    }

    private static void shoot(ChromeDriver browser, Path file) {
        try {
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
