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

/**
 * The structure every page needs to work with a screen reader, a keyboard and no scripts: a language, a title, one
 * main region, one h1 and headings that never skip a level, every field with a label tied to it, every form posted
 * with its token, and nothing loaded from anywhere else.
 */
class PageStructureTest {

    @RegisterExtension
    final WebInterviewFixture web = new WebInterviewFixture();

    @Test
    void everyPageOfAWholeInterviewIsWellFormedForAssistiveTechnology() {
        Map<String, String> answers = AnswersFileReader.read(Path.of("facts-samples/call-centre-draconian.yaml"))
                .answers();
        Visitor rep = web.admittedRep();
        check("/", Jsoup.parse(rep.page("/").body()), rep.token());
        List<String> pages = Interviews.everyPage(rep, answers);
        assertThat(pages).hasSizeGreaterThan(20);
        for (String path : pages) {
            check(path, Jsoup.parse(rep.page(path).body()), rep.token());
        }
        check("Finish", Jsoup.parse(rep.post("/finish").body()), rep.token());
    }

    private static void check(String path, Document page, String token) {
        assertThat(page.selectFirst("html").attr("lang")).as("language of %s", path).isEqualTo("en-GB");
        assertThat(page.title()).as("title of %s", path).endsWith("| Monitoring Advisor").hasSizeGreaterThan(22);
        assertThat(page.select("main")).as("main of %s", path).hasSize(1);
        assertThat(page.select("h1")).as("h1 of %s", path).hasSize(1);
        int level = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int next = heading.tagName().charAt(1) - '0';
            assertThat(next).as("%s on %s after h%d", heading.outerHtml(), path, level).isLessThanOrEqualTo(level + 1);
            level = next;
        }
        for (Element input : page.select("input:not([type=hidden]), select, textarea")) {
            Element label = page.selectFirst("label[for=" + input.id() + "]");
            assertThat(input.id()).as("id of %s on %s", input.outerHtml(), path).isNotEmpty();
            assertThat(label).as("label of %s on %s", input.outerHtml(), path).isNotNull();
            assertThat(label.text()).isNotBlank();
        }
        for (Element form : page.select("form")) {
            assertThat(form.attr("method")).as("method of a form on %s", path).isEqualTo("post");
            assertThat(form.select("input[type=hidden][name=csrf]").attr("value")).isEqualTo(token);
            assertThat(form.select("button[type=submit]")).as("submit button on %s", path).hasSize(1);
        }
        assertThat(page.select("script, img, iframe, object, embed")).as("scripts or images on %s", path).isEmpty();
        for (Element link : page.select("link[href], a[href], form[action]")) {
            String target = link.hasAttr("action") ? link.attr("action") : link.attr("href");
            assertThat(target).as("address on %s", path).matches("/.*|#.+");
        }
    }
}
