package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;

/**
 * Everything a rep reads, for every sample: the report, both letters, the meeting brief and the comparison, in
 * text, Markdown and HTML (Word and PDF are made from the same words), all free of what {@link RepWording} looks
 * for. The interview's screens are checked in {@code cli.interview.InterviewWordingTest}.
 */
class RepWordingTest {

    private static final Advisor ADVISOR = Advisor.builtIn();

    private static Map<String, ReportInput> samples() throws IOException {
        Map<String, ReportInput> samples = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            for (Path file : files.sorted().toList()) {
                AnswersFile answers = AnswersFileReader.read(file);
                samples.put(file.getFileName().toString(), ReportInput.of(ADVISOR.assess(answers.answers()),
                        ADVISOR.knowledge(), answers.metadata()));
            }
        }
        return samples;
    }

    /** Every rep-facing document of every sample, as the words a reader sees, named for the failure message. */
    private static Map<String, String> documents() throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        Map<String, ReportInput> samples = samples();
        samples.forEach((name, input) -> {
            documents.put(name + " report.txt", TextReport.render(input));
            documents.put(name + " report.md", MarkdownReport.render(input));
            documents.put(name + " report.html", Jsoup.parse(HtmlReport.render(input)).text());
            for (Markup markup : List.of(Markup.TEXT, Markup.MARKDOWN, Markup.HTML)) {
                documents.put(name + " brief-short." + markup.extension(),
                        words(MeetingBriefReport.render(input, markup), markup));
                for (Audience audience : Audience.values()) {
                    documents.put(name + " letter-" + audience + "." + markup.extension(),
                            words(LetterReport.render(input, audience, markup), markup));
                }
            }
        });
        ReportInput before = samples.get("call-centre-draconian.yaml");
        ReportInput after = samples.get("call-centre-after-talks.yaml");
        for (Markup markup : List.of(Markup.TEXT, Markup.MARKDOWN, Markup.HTML)) {
            documents.put("compare." + markup.extension(), words(ComparisonReport.render(
                    ComparisonBuilder.build(before, after, "before.yaml", "after.yaml"), markup), markup));
            documents.put("compare-reversed." + markup.extension(), words(ComparisonReport.render(
                    ComparisonBuilder.build(after, before, "after.yaml", "before.yaml"), markup), markup));
        }
        return documents;
    }

    private static String words(String document, Markup markup) {
        return markup == Markup.HTML ? Jsoup.parse(document).text() : document;
    }

    @Test
    void noRepFacingDocumentShowsAGuidanceIdNestsBracketsOrCarriesANoteForRuleAuthors() throws IOException {
        List<String> found = new ArrayList<>();
        documents().forEach((name, text) -> found.addAll(RepWording.problems(name, text)));
        assertThat(found).isEmpty();
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        assertThat(RepWording.nested("a (b (c) d) e")).hasSize(1);
        assertThat(RepWording.nested("a (b) (c) [d]")).isEmpty();
        assertThat(RepWording.nested("a (b [c] d)")).hasSize(1);
        assertThat(RepWording.nested("a (Article 9(2)(g) and the Data (Use and\n   Access) Act 2025)")).isEmpty();
        assertThat(RepWording.problems("x", "See unison-2014/balanced-agreement.")).hasSize(1);
        assertThat(RepWording.problems("x", "Article 6 (paragraph not read; summaries only)")).hasSize(2);
        assertThat(RepWording.problems("x", "Employers should not read private messages.")).isEmpty();
    }
}
