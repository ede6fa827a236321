package org.monitoringadvisor.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.report.Audience;
import org.monitoringadvisor.report.ComparisonBuilder;
import org.monitoringadvisor.report.ComparisonReport;
import org.monitoringadvisor.report.LetterReport;
import org.monitoringadvisor.report.PdfReport;
import org.monitoringadvisor.report.ReportInput;

/** PDF output opens in PDFBox, on A4, with selectable text in embedded fonts, and says what the HTML says. */
class PdfDocumentsTest {

    private static final Advisor ADVISOR = Advisor.builtIn();
    private static final String HOSTILE = "<script>alert(1)</script> Smith & \"Sons\" O'Brien";

    private static ReportInput sample(String name) {
        AnswersFile file = AnswersFileReader.read(Path.of("facts-samples", name));
        return ReportInput.of(ADVISOR.assess(file.answers()), ADVISOR.knowledge(), file.metadata());
    }

    @Test
    void theReportHasEveryFindingTitleAsTextOnA4Pages() throws IOException {
        ReportInput input = sample("call-centre-draconian.yaml");

        try (PDDocument pdf = Documents.pdf(PdfReport.render(input))) {
            String text = Documents.text(pdf);
            assertThat(text).contains("Email, internet and social media at work", "Northgate Customer Contact Ltd",
                    "At a glance", "Gaps to negotiate", "About this report");
            for (Finding finding : input.assessment().findings()) {
                assertThat(text).contains(finding.title().replaceAll("\\s+", " "));
            }
            assertThat(pdf.getNumberOfPages()).isBetween(5, 40);
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getDocumentInformation().getTitle()).endsWith("Northgate Customer Contact Ltd");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Documents.pdf(LetterReport.pdf(sample("call-centre-draconian.yaml"), Audience.REP))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.endsWith("DejaVuSerif"));
        }
    }

    @Test
    void anEmployerNameWithMarkupIsPrintedAsTextAndRunsNothing() throws IOException {
        ReportInput input = ReportInput.of(ADVISOR.assess(Map.of("personal-use", "banned")), ADVISOR.knowledge(),
                Map.of("employer", HOSTILE));

        byte[] bytes = PdfReport.render(input);
        try (PDDocument pdf = Documents.pdf(bytes)) {
            assertThat(Documents.text(pdf)).contains(HOSTILE);
            assertThat(pdf.getDocumentCatalog().getNames()).isNull();
            assertThat(pdf.getDocumentCatalog().getOpenAction()).isNull();
        }
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript");
    }

    @Test
    void theComparisonListsTheGapsStillOpen() throws IOException {
        var comparison = ComparisonBuilder.build(sample("call-centre-draconian.yaml"),
                sample("call-centre-after-talks.yaml"), "before.yaml", "after.yaml");

        try (PDDocument pdf = Documents.pdf(ComparisonReport.pdf(comparison))) {
            String text = Documents.text(pdf);
            for (var open : comparison.openGaps()) {
                assertThat(text).contains(open.title().replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void theSameAnswersGiveTheSameBytes() {
        assertThat(PdfReport.render(sample("school-unknowns.yaml")))
                .isEqualTo(PdfReport.render(sample("school-unknowns.yaml")));
    }
}
