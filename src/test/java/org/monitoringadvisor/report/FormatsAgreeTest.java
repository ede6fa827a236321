package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.report.model.Item;
import org.monitoringadvisor.report.model.Report;

/** Text, Markdown, HTML and JSON render one model, so each carries every finding and the same counts. */
class FormatsAgreeTest {

    private final ReportInput input = input("facts-samples/council-routine-monitoring.json");

    private static ReportInput input(String file) {
        AnswersFile answers = AnswersFileReader.read(Path.of(file));
        return ReportInput.of(Advisor.builtIn().assess(answers.answers()), Advisor.builtIn().knowledge(), answers.metadata());
    }

    @Test
    void everyFormatCarriesEveryFindingTitleAndTheElementCount() throws Exception {
        Report report = ReportBuilder.build(input);
        List<String> titles = java.util.stream.Stream.of(report.allGaps(), report.strengths(), report.asks())
                .flatMap(List::stream).map(Item::title).toList();
        String elements = report.glance().elements().inPlace() + " of 9";
        assertThat(titles).hasSizeGreaterThan(5);

        String text = TextReport.render(input).replaceAll("\\s+", " ");
        String markdown = MarkdownReport.render(input);
        String html = HtmlReport.render(input);
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(input));

        for (String title : titles) {
            assertThat(text).contains(title);
            assertThat(markdown).contains(title);
            assertThat(html).contains(title.replace("'", "&#39;").replace("\"", "&quot;"));
        }
        assertThat(text).contains("in place: " + elements);
        assertThat(markdown).contains("in place: " + elements);
        assertThat(html).contains("in place: " + elements);
        assertThat(json.path("summary").path("elements").path("inPlace").asInt())
                .isEqualTo(report.glance().elements().inPlace());
        assertThat(json.path("findings")).hasSize(titles.size());
    }

    @Test
    void everyFormatEndsWithTheNoteThatThisIsNotLegalAdvice() {
        for (String rendered : List.of(TextReport.render(input), MarkdownReport.render(input),
                HtmlReport.render(input))) {
            assertThat(rendered.replaceAll("\\s+", " ")).contains("guidance to support negotiation, not legal advice");
        }
    }

    @Test
    void theTextReportFitsEightyColumnsExceptForAddresses() {
        for (String line : TextReport.render(input).split("\n")) {
            if (!line.strip().startsWith("https://")) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
            }
        }
    }

    @Test
    void theJsonKeepsTheContractFieldsAndAddsTheAnswersInWords() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(input));

        assertThat(json.path("findings").get(0).has("because")).isTrue();
        assertThat(json.path("summary").path("gapsByPriority").path("high").asInt()).isPositive();
        assertThat(json.path("answersInWords").get(0).path("questionText").asText()).startsWith("Does the employer");
        assertThat(json.path("answersInWords").get(0).path("relevant").asBoolean()).isTrue();
    }
}
