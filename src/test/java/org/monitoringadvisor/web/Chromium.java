package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its own chromedriver: nothing is downloaded (Selenium Manager is
 * never asked, since the driver's path is given). Where Chromium is not installed the browser tests are skipped
 * with a message, except in CI (CI=true), where they fail: there it must be installed.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Held so its level sticks: Selenium warns that it has no DevTools bindings for this Chromium, unused here. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    private static String axeScript;

    private Chromium() {
    }

    /**
     * Starts a fresh headless browser with its own profile, saving downloads into {@code downloads}.
     *
     * @param profile   an empty folder for the browser's profile
     * @param downloads the folder downloads go to
     */
    public static ChromeDriver start(Path profile, Path downloads) {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + BROWSER + " or " + DRIVER + " is missing: .ci/run "
                    + "installs the Debian packages chromium and chromium-driver before the tests");
        }
        Assumptions.assumeTrue(installed, "browser tests skipped: install Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver) to run them");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Runs axe-core on the page shown (WCAG 2.0, 2.1 and 2.2, levels A and AA, and axe's best practices) and
     * returns its serious and critical violations, each as "rule: what, where".
     */
    public static List<String> accessibilityProblems(JavascriptExecutor browser) {
        browser.executeScript(axe());
        Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa', 'best-practice']}}).then(r => done(JSON.stringify(r.violations)),"
                + " e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}])));");
        List<String> problems = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(result.toString())) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> where = new ArrayList<>();
                    violation.path("nodes").forEach(n -> where.add(n.path("html").asText()));
                    problems.add(violation.path("id").asText() + ": " + violation.path("help").asText() + ", at "
                            + where);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** Checks the page shown with axe-core: no serious or critical violation. */
    public static void assertAccessible(JavascriptExecutor browser, String page) {
        assertThat(accessibilityProblems(browser)).as("accessibility of the %s page", page).isEmpty();
    }

    private static synchronized String axe() {
        if (axeScript == null) {
            try (InputStream in = Chromium.class.getResourceAsStream("/axe.min.js")) {
                assertThat(in).as("axe.min.js on the test class path (com.deque.html.axe-core:selenium)").isNotNull();
                axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeScript;
    }
}
