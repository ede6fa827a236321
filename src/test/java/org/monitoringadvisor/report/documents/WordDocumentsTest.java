package org.monitoringadvisor.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.report.Audience;
import org.monitoringadvisor.report.ComparisonBuilder;
import org.monitoringadvisor.report.ComparisonReport;
import org.monitoringadvisor.report.LetterReport;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.WordReport;

/** Word output opens in Apache POI with real headings, lists and tables, and says what the other formats say. */
class WordDocumentsTest {

    private static final Advisor ADVISOR = Advisor.builtIn();
    private static final String HOSTILE = "<script>alert(1)</script> Smith & \"Sons\" **Ltd** | O'Brien";

    private static ReportInput sample(String name) {
        AnswersFile file = AnswersFileReader.read(Path.of("facts-samples", name));
        return ReportInput.of(ADVISOR.assess(file.answers()), ADVISOR.knowledge(), file.metadata());
    }

    private static ReportInput hostile() {
        return ReportInput.of(ADVISOR.assess(Map.of("personal-use", "banned", "monitoring-practice", "routine")),
                ADVISOR.knowledge(),
                Map.of("employer", HOSTILE, "workplace", "Floor\u0007 2\nthird line"));
    }

    @Test
    void theReportHasWordHeadingsWithEveryFindingTitle() throws IOException {
        ReportInput input = sample("call-centre-draconian.yaml");

        try (XWPFDocument document = Documents.word(WordReport.render(input))) {
            assertThat(Documents.headings(document, 1)).contains("At a glance", "Gaps to negotiate",
                    "Questions to put to management", "Sources", "Appendix: the answers given", "About this report");
            assertThat(Documents.headings(document, 2)).contains("High priority");
            List<String> titles = Documents.headings(document, 3);
            for (Finding finding : input.assessment().findings()) {
                assertThat(titles).anyMatch(t -> t.endsWith(". " + finding.title()));
            }
            assertThat(document.getParagraphs()).filteredOn(p -> "Title".equals(p.getStyle())).hasSize(1);
        }
    }

    @Test
    void listsAreWordListsAndTheAnswersAreTables() throws IOException {
        try (XWPFDocument document = Documents.word(WordReport.render(sample("call-centre-draconian.yaml")))) {
            List<XWPFParagraph> items = document.getParagraphs().stream()
                    .filter(p -> "ListParagraph".equals(p.getStyle())).toList();
            assertThat(items).isNotEmpty().allMatch(p -> p.getNumID() != null);
            assertThat(document.getNumbering().getNum(items.get(0).getNumID())).isNotNull();
            assertThat(document.getTables()).hasSizeGreaterThan(3);
            assertThat(document.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("Findings");
            assertThat(document.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void anEmployerNameWithMarkupAndControlCharactersIsPlainText() throws IOException {
        try (XWPFDocument document = Documents.word(WordReport.render(hostile()))) {
            String text = Documents.text(document);

            assertThat(text).contains(HOSTILE).contains("Workplace: Floor 2 third line");
            XWPFParagraph employerLine = document.getParagraphs().stream()
                    .filter(p -> p.getText().contains("Smith")).findFirst().orElseThrow();
            assertThat(employerLine.getText()).isEqualTo("Assessment for negotiation: " + HOSTILE);
            assertThat(document.getProperties().getCoreProperties().getTitle()).endsWith(HOSTILE);
        }
    }

    @Test
    void theLettersPlaceholdersAreHighlightedAndItsProposalsNumbered() throws IOException {
        ReportInput input = sample("call-centre-draconian.yaml");

        try (XWPFDocument document = Documents.word(LetterReport.word(input, Audience.EMPLOYER))) {
            List<XWPFRun> highlighted = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(XWPFRun::isHighlighted).toList();
            assertThat(highlighted).extracting(XWPFRun::text)
                    .contains("[Your name]", "[Name of HR director]", "[date]", "[Branch name]");
            assertThat(highlighted).extracting(XWPFRun::text).allMatch(t -> t.startsWith("[") && t.endsWith("]"));
            String text = Documents.text(document);
            assertThat(text).contains("Dear [Name of HR director],", "Northgate Customer Contact Ltd")
                    .doesNotContain("Note for the rep");
            long numbered = document.getParagraphs().stream().filter(p -> p.getNumID() != null)
                    .filter(p -> p.getText().contains("We propose")).count();
            assertThat(numbered).isGreaterThan(2);
        }
    }

    @Test
    void theRepsLetterHasItsNoteAndBackgroundUnderHeadings() throws IOException {
        try (XWPFDocument document = Documents.word(LetterReport.word(sample("call-centre-draconian.yaml"),
                Audience.REP))) {
            assertThat(Documents.headings(document, 1)).containsExactly("Note for the rep: remove before sending",
                    "Background for the rep: not for sending");
            assertThat(Documents.headings(document, 2)).contains("Arguments to have ready", "Your answers");
        }
    }

    @Test
    void theComparisonSaysWhatImprovedAndWhatIsStillOpen() throws IOException {
        var comparison = ComparisonBuilder.build(sample("call-centre-draconian.yaml"),
                sample("call-centre-after-talks.yaml"), "before.yaml", "after.yaml");

        try (XWPFDocument document = Documents.word(ComparisonReport.word(comparison))) {
            assertThat(Documents.headings(document, 1)).contains("Summary", "What improved: gaps closed",
                    "Still to negotiate", "Answers that changed");
            for (var closed : comparison.closedGaps()) {
                assertThat(Documents.headings(document, 3)).anyMatch(h -> h.startsWith(closed.title()));
            }
        }
    }

    @Test
    void theSameAnswersGiveTheSameBytes() throws IOException {
        assertThat(WordReport.render(sample("council-routine-monitoring.json")))
                .isEqualTo(WordReport.render(sample("council-routine-monitoring.json")));
        assertThat(LetterReport.word(hostile(), Audience.REP)).isEqualTo(LetterReport.word(hostile(), Audience.REP));
    }
}
