package org.monitoringadvisor.policy.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML text with jsoup: the text of each block element (paragraph, list item, table cell, heading) as a browser
 * shows it, placed by the heading above it. Scripts, styles, navigation, headers and footers are left out.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dd", "dt", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "caption", "figcaption");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlText() {
    }

    static DocumentText read(Path file, byte[] bytes) {
        Document document = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "");
        document.select("script, style, noscript, nav, header, footer, template, svg").remove();
        Headings headings = new Headings();
        List<Passage> passages = new ArrayList<>();
        Element body = document.body();
        if (document.title() != null && !document.title().isBlank()) {
            passages.add(new Passage(document.title().strip(), "the page title"));
        }
        List<Element> blocks = new ArrayList<>();
        innermostBlocks(body, blocks);
        for (Element element : blocks) {
            String text = element.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (HEADINGS.contains(element.normalName())) {
                headings.heading(text);
                passages.add(new Passage(text, headings.headingItself()));
            } else {
                passages.add(new Passage(text, headings.nextParagraph()));
            }
        }
        if (blocks.isEmpty() && !body.text().isBlank()) {
            passages.add(new Passage(body.text().strip(), "the page"));
        }
        return new DocumentText("HTML", passages);
    }

    /**
     * Collects, in document order, the block elements with no block inside, so no text is taken twice; returns
     * whether {@code element} is or holds a block.
     */
    private static boolean innermostBlocks(Element element, List<Element> blocks) {
        boolean holdsBlock = false;
        for (Element child : element.children()) {
            holdsBlock |= innermostBlocks(child, blocks);
        }
        if (BLOCKS.contains(element.normalName())) {
            if (!holdsBlock) {
                blocks.add(element);
            }
            return true;
        }
        return holdsBlock;
    }
}
