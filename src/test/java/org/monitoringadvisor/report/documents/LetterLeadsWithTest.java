package org.monitoringadvisor.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.report.Audience;
import org.monitoringadvisor.report.LetterReport;
import org.monitoringadvisor.report.Markup;
import org.monitoringadvisor.report.ReportInput;

/**
 * The letter opens with the points the lead-with rules chose, in every format: the rep's cover note lists them
 * before anything else, and the letter itself proposes the gaps among them first, in the rules' order.
 */
class LetterLeadsWithTest {

    private static final Advisor ADVISOR = Advisor.builtIn();

    /** Each format as the words a reader sees, white space made single. */
    enum Format {
        TEXT(input -> LetterReport.render(input.input, input.audience, Markup.TEXT)),
        MARKDOWN(input -> LetterReport.render(input.input, input.audience, Markup.MARKDOWN)),
        HTML(input -> Jsoup.parse(LetterReport.render(input.input, input.audience, Markup.HTML)).text()),
        WORD(input -> {
            try (XWPFDocument word = Documents.word(LetterReport.word(input.input, input.audience))) {
                return Documents.text(word);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }),
        PDF(input -> {
            try (PDDocument pdf = Documents.pdf(LetterReport.pdf(input.input, input.audience))) {
                return Documents.text(pdf);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        private final Function<Copy, String> words;

        Format(Function<Copy, String> words) {
            this.words = words;
        }

        String of(ReportInput input, Audience audience) {
            // Markdown's emphasis marks aside, every format says the same words.
            return words.apply(new Copy(input, audience)).replace("*", "").replaceAll("\\s+", " ");
        }
    }

    private record Copy(ReportInput input, Audience audience) {
    }

    private static ReportInput sample(String name) {
        AnswersFile file = AnswersFileReader.read(Path.of("facts-samples", name));
        return ReportInput.of(ADVISOR.assess(file.answers()), ADVISOR.knowledge(), file.metadata());
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theRepsNoteOpensWithTheLeadWithPointsInOrder(Format format) {
        ReportInput input = sample("call-centre-draconian.yaml");
        String letter = format.of(input, Audience.REP);

        List<Finding> leads = input.assessment().leadWithFindings();
        assertThat(leads).hasSizeBetween(3, 5);
        int at = letter.indexOf("Lead with these in the meeting");
        assertThat(at).isNotNegative().isLessThan(letter.indexOf("This is a draft letter"));
        for (Finding lead : leads) {
            int next = letter.indexOf(flat(lead.title()), at);
            assertThat(next).as(lead.id()).isGreaterThan(at);
            at = next;
        }
        assertThat(at).isLessThan(letter.indexOf("This is a draft letter"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theEmployersLetterProposesTheLeadWithGapsFirstInTheRulesOrder(Format format) {
        // Here the rules' first point is not the first by the questionnaire's topics, so the order shows.
        ReportInput input = sample("call-centre-draconian.yaml");
        String letter = format.of(input, Audience.EMPLOYER);

        List<String> lead = input.assessment().leadWith();
        List<Finding> gaps = input.assessment().findings(FindingKind.GAP);
        assertThat(letter).contains("are those we see as most pressing")
                .doesNotContain("Lead with these");
        int at = 0;
        for (String id : lead) {
            int next = letter.indexOf(proposal(id), at);
            assertThat(next).as(id).isGreaterThan(at);
            at = next;
        }
        for (Finding gap : gaps) {
            if (!lead.contains(gap.id())) {
                assertThat(letter.indexOf(proposal(gap.id()))).as(gap.id()).isGreaterThan(at);
            }
        }
    }

    private static String proposal(String id) {
        return flat(ADVISOR.knowledge().findings().find(id).map(FindingText::proposal).orElseThrow());
    }
}
