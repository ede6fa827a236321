package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a rep gets on paper: the HTML documents printed to A4 by headless Chromium and read back with PDFBox. The
 * full report of the heavy-handed sample fits ten pages, its meeting brief two; no page but the last is left less
 * than a third full; the letter's signature is never alone on a page.
 */
class PrintFitTest {

    private static final String HEAVY = "facts-samples/call-centre-draconian.yaml";

    @TempDir
    Path dir;

    @BeforeEach
    void needsChromium() {
        assumeTrue(Chromium.available(), "chromium is not installed here, so printing is not checked "
                + "(apt-get install chromium; CI installs it)");
    }

    static Stream<String> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            return files.map(Path::toString).sorted().toList().stream();
        }
    }

    private Path html(String name, String... args) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name)).resolve(name + ".html");
        String[] command = Stream.concat(Stream.of(args), Stream.of("--format", "html", "--out", out.toString()))
                .toArray(String[]::new);
        CliRun run = CliRun.run(command);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private static PrintedPages printed(Path html) throws Exception {
        return PrintedPages.read(Chromium.print(html, false));
    }

    /** Every page but the last holds text at least a third of the way down. */
    private static void noPageLeftNearlyEmpty(PrintedPages pages) {
        List<Double> fills = pages.fills();
        for (int page = 0; page < fills.size() - 1; page++) {
            assertThat(fills.get(page)).as("how far down page %d of %d the text reaches", page + 1, fills.size())
                    .isGreaterThan(1.0 / 3);
        }
    }

    @Test
    void theMeasureSeesAPageLeftNearlyEmpty() throws Exception {
        Path html = Files.writeString(Files.createDirectories(dir.resolve("probe")).resolve("probe.html"),
                "<!DOCTYPE html><html><body><p>One line.</p><p style=\"break-before: page\">Next page.</p></body></html>");

        PrintedPages pages = printed(html);

        assertThat(pages.count()).isEqualTo(2);
        assertThat(pages.fills().get(0)).isLessThan(1.0 / 3);
    }

    @Test
    void theHeavyHandedSamplesFullReportPrintsOnTenPagesAtMostWithNoPageNearlyEmpty() throws Exception {
        Path report = html("report", "assess", "--answers", HEAVY);

        PrintedPages pages = printed(report);

        assertThat(pages.count()).isBetween(2, 10);
        noPageLeftNearlyEmpty(pages);
        // Chromium's own header and footer lines sit in the margins and do not add pages.
        assertThat(PrintedPages.read(Chromium.print(report, true)).count()).isEqualTo(pages.count());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySamplesReportPrintsOnTenPagesAtMost(String sample) throws Exception {
        PrintedPages pages = printed(html("report", "assess", "--answers", sample));

        assertThat(pages.count()).isLessThanOrEqualTo(10);
        noPageLeftNearlyEmpty(pages);
    }

    @Test
    void theHeavyHandedSamplesMeetingBriefPrintsOnTwoPagesAtMost() throws Exception {
        Path brief = html("brief", "brief", "--answers", HEAVY, "--length", "short");

        PrintedPages pages = printed(brief);

        assertThat(pages.count()).isBetween(1, 2);
        assertThat(PrintedPages.read(Chromium.print(brief, true)).count()).isEqualTo(pages.count());
        assertThat(pages.pageOf("Next steps")).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"employer", "rep"})
    void theLettersSignatureIsNeverAloneOnAPage(String audience) throws Exception {
        PrintedPages pages = printed(html("letter", "brief", "--answers", HEAVY, "--audience", audience));

        int signature = pages.pageOf("Yours sincerely");
        assertThat(signature).isPositive();
        assertThat(pages.texts().get(signature - 1)).contains("We look forward");
        noPageLeftNearlyEmpty(pages);
    }

    /** The report, both letters and the brief of the heavy-handed sample, as printed. */
    static Stream<Arguments> documents() {
        return Stream.of(Arguments.of("report", new String[] {"assess", "--answers", HEAVY}),
                Arguments.of("letter-rep", new String[] {"brief", "--answers", HEAVY}),
                Arguments.of("letter-employer", new String[] {"brief", "--answers", HEAVY, "--audience", "employer"}),
                Arguments.of("brief", new String[] {"brief", "--answers", HEAVY, "--length", "short"}));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noPageEndsWithAHeading(String name, String[] command) throws Exception {
        Path html = html(name, command);

        assertThat(strandedHeadings(html)).isEmpty();
    }

    @Test
    void theCheckForStrandedHeadingsSeesOne() throws Exception {
        Path html = Files.writeString(Files.createDirectories(dir.resolve("probe")).resolve("probe.html"),
                "<!DOCTYPE html><html><body style=\"margin:0\"><div style=\"height:200mm\"></div>"
                        + "<h2>A stranded heading</h2><p style=\"break-before: page\">Its text.</p></body></html>");

        assertThat(strandedHeadings(html)).hasSize(1);
    }

    /** The headings printed as the last line of a page that is not the last. */
    private static List<String> strandedHeadings(Path html) throws Exception {
        List<String> headings = Jsoup.parse(Files.readString(html)).select("h1, h2, h3, h4, h5").eachText()
                .stream().map(PrintFitTest::flat).toList();
        PrintedPages pages = printed(html);
        List<String> stranded = new ArrayList<>();
        for (int page = 0; page < pages.count() - 1; page++) {
            List<String> lines = pages.texts().get(page).lines().map(PrintFitTest::flat).filter(l -> !l.isEmpty())
                    .toList();
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            if (!last.isEmpty() && headings.stream().anyMatch(heading -> heading.endsWith(last))) {
                stranded.add("page " + (page + 1) + " of " + pages.count() + " ends with " + last);
            }
        }
        return stranded;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theSurveySummaryRepeatsItsTableHeaderOnEveryPageAndNamesTopicsInWords() throws Exception {
        Path out = dir.resolve("survey");
        CliRun run = CliRun.run("survey", "facts-samples", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        PrintedPages pages = printed(out.resolve("summary.html"));

        assertThat(pages.count()).isGreaterThan(1);
        for (String text : pages.texts()) {
            assertThat(text).as("a printed page of the survey").contains("workplaces").contains("share");
        }
        String all = String.join("\n", pages.texts());
        assertThat(all).contains("Monitoring scope").doesNotContain("monitoring-scope");
        noPageLeftNearlyEmpty(pages);
    }
}
