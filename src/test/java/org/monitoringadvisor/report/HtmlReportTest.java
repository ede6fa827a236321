package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;

/** The HTML report is one safe, self-contained, accessible page. */
class HtmlReportTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static String html(Map<String, Object> metadata) {
        Advisor advisor = Advisor.builtIn();
        return HtmlReport.render(ReportInput.of(advisor.assess(
                Map.of("personal-use", "banned", "monitoring-practice", "routine", "filter-blocks-lgbt-terms", "unknown")),
                advisor.knowledge(), metadata));
    }

    @Test
    void anEmployerNamedLikeAScriptIsShownAsText() {
        String html = html(Map.of("employer", SCRIPT));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT)
                .doesNotContainIgnoringCase("<script");
    }

    @Test
    void everyFieldFromTheAnswersFileIsEscaped() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("employer", "Smith & Sons");
        metadata.put("workplace", "\"><img src=x onerror=alert(2)>");
        metadata.put("prepared-by", "O'Brien <rep>");

        String html = html(metadata);

        assertThat(html).contains("Smith &amp; Sons", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;",
                "O&#39;Brien &lt;rep&gt;").doesNotContain("<img", "<rep>");
    }

    @Test
    void thePageNeedsNothingFromOutside() {
        String html = html(Map.of("employer", "Example Council"));

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("<img").doesNotContain("@import").doesNotContain("url(")
                .doesNotContain("src=");
        assertThat(html).contains("<svg").contains("<style>").contains("@page { size: A4");
    }

    @Test
    void headingsChartsAndTablesCarryTheirMeaningForScreenReaders() {
        String html = html(Map.of("employer", "Example Council"));

        assertThat(html).contains("<html lang=\"en-GB\">").contains("<h1>").contains("<h2 id=\"gaps\">")
                .contains("role=\"img\"").contains("<title id=\"elements-title\">0 of 9 elements in place")
                .contains("<th scope=\"col\">Element</th>").contains("<th scope=\"row\">");
    }
}
