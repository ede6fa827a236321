package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;

/** The findings page opens with the points to lead with, each in a few lines and linked to its finding in full. */
class FindingsPageTest {

    @RegisterExtension
    final WebInterviewFixture web = new WebInterviewFixture();

    @Test
    void theLeadWithPointsComeFirstInTheRulesOrderEachLinkedToItsFindingInFull() {
        Visitor rep = web.begin("Northgate");
        Map<String, String> answers = AnswersFileReader.read(Path.of("facts-samples/call-centre-draconian.yaml"))
                .answers();
        Interviews.answerAll(rep, answers);
        Assessment assessment = Advisor.builtIn()
                .assess(AnswersFileReader.read(web.dir().resolve("answers.yaml")).answers());
        List<Finding> leads = assessment.leadWithFindings();
        assertThat(leads).as("the sample has points to lead with").isNotEmpty();

        Document page = Jsoup.parse(rep.get("/findings").body());

        Element main = page.selectFirst("main");
        assertThat(main.select("h2").first().text()).isEqualTo("Lead with");
        assertThat(main.selectFirst("section.lead-with > p").text()).contains("open the negotiation");
        List<Element> points = main.select("section.lead-with ol.leads > li");
        assertThat(points).hasSize(leads.size());
        for (int i = 0; i < leads.size(); i++) {
            Element point = points.get(i);
            assertThat(point.selectFirst("strong").text()).isEqualTo(leads.get(i).title());
            assertThat(point.text()).contains("Footing:");
            Element full = page.getElementById(point.selectFirst("a").attr("href").substring(1));
            assertThat(full).as("the link of point %d leads to a finding", i + 1).isNotNull();
            assertThat(full.tagName()).isEqualTo("article");
            assertThat(full.selectFirst("h3").text()).endsWith(leads.get(i).title());
        }
        Element firstFinding = main.selectFirst("article.finding");
        assertThat(main.selectFirst("section.lead-with").siblingIndex()).isLessThan(firstFinding.siblingIndex());
        assertThat(main.select("article.finding")).hasSize(assessment.findings().size());
    }
}
