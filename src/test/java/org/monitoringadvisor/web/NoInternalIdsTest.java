package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;

/** Pages speak in words: no question, answer, finding or source id shows anywhere a rep reads. */
class NoInternalIdsTest {

    @RegisterExtension
    final WebInterviewFixture web = new WebInterviewFixture();

    @Test
    void noPageOfAWholeInterviewShowsAnInternalId() {
        Advisor advisor = Advisor.builtIn();
        Map<String, String> answers = AnswersFileReader.read(Path.of("facts-samples/call-centre-draconian.yaml"))
                .answers();
        Visitor rep = web.admittedRep();
        List<String> pages = new java.util.ArrayList<>(List.of("/"));
        pages.addAll(Interviews.everyPage(rep, answers));
        assertThat(pages).as("every question and why page, review and findings").hasSizeGreaterThan(20);
        Set<String> ids = ids(advisor, advisor.assess(answers));
        for (String page : pages) {
            Document html = Jsoup.parse(rep.page(page).body());
            String shown = html.title() + " " + html.body().text();
            assertThat(ids).as("ids shown on %s", page).noneMatch(id -> shown.matches("(?s).*\\b"
                    + java.util.regex.Pattern.quote(id) + "\\b.*"));
        }
    }

    /** Every id that has words of its own: questions, answers of more than one word, findings, sources. */
    private static Set<String> ids(Advisor advisor, Assessment assessment) {
        Set<String> ids = new TreeSet<>();
        for (Question question : advisor.questions()) {
            ids.add(question.id());
            question.options().stream().map(Option::value).filter(v -> v.contains("-")).forEach(ids::add);
            ids.addAll(question.guidance());
        }
        for (Finding finding : assessment.findings()) {
            ids.add(finding.id());
            finding.sources().forEach(s -> ids.add(s.id()));
        }
        assertThat(ids).hasSizeGreaterThan(50);
        return ids;
    }
}
